package coop.poruka.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every kind of signed document from the demo co-op, checked by veraPDF against PDF/A-2b
 * (decision 0015): a statement, a receipt, the month's summary and an exposure pack.
 */
class PdfaConformanceTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void documents() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        String db = dir.resolve("demo").toString();
        ok(TestLedger.cli("demo", "--db", db, "--members", "40", "--seed", "7"));
        ok(TestLedger.cli("office", "ca-init", "--db", db));
        ok(TestLedger.cli("statements", "--db", db, "--month", "2026-10", "--out", dir.toString(), "--member",
                "ALM-0001", "--lang", "ru"));
        ok(TestLedger.cli("statements", "--db", db, "--month", "2026-09", "--out", dir.resolve("print").toString(),
                "--combined"));
        ok(TestLedger.cli("summary", "--db", db, "--month", "2026-10", "--pdf", dir.resolve("summary.pdf").toString()));
        String guarantor = ok(TestLedger.cli("guarantee", "list", "--db", db, "--csv")).lines().skip(1).findFirst()
                .orElseThrow().split(",")[0];
        ok(TestLedger.cli("exposure", "--db", db, "--guarantor", guarantor, "--pdf", dir.resolve("exposure.pdf").toString()));
        // The journal names each exchange by its id in parentheses: "2026-06-02 (0195...) memo".
        Path journal = dir.resolve("books.journal");
        ok(TestLedger.cli("export", "--db", db, "--format", "hledger", "--out", journal.toString()));
        String exchange = Files.readAllLines(journal).stream().filter(l -> l.matches("\\d{4}-.*\\(.*\\).*"))
                .findFirst().orElseThrow().replaceAll(".*\\((.*?)\\).*", "$1");
        ok(TestLedger.cli("receipt", "--db", db, "--id", exchange, "--out", dir.resolve("receipt.pdf").toString()));
    }

    private static String ok(CliRun run) {
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement-2026-10-ALM-0001.pdf", "receipt.pdf", "summary.pdf", "exposure.pdf"})
    void veraPdfFindsTheSignedDocumentConformingToPdfA2b(String name) throws Exception {
        Path pdf = dir.resolve(name);
        StatementPdfTest.keepForLooking(pdf, "pdfa-" + name);
        ValidationResult result = validate(pdf);
        List<String> failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                        + " @ " + a.getLocation().getContext())
                .distinct().collect(Collectors.toList());
        assertThat(failures).as(name).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }

    /** The samples kept in docs/samples/ (made from the demo co-op by the commands of the README). */
    @ParameterizedTest
    @ValueSource(strings = {"statement.pdf", "statement-ru.pdf", "receipt.pdf", "summary.pdf", "exposure.pdf"})
    void theSamplesInTheDocsArePdfA2b(String name) throws Exception {
        assertThat(validate(Path.of("docs", "samples", name)).isCompliant()).as(name).isTrue();
    }

    /** The joined print file is pages only (no XMP identification, no output intent): veraPDF must say so. */
    @Test
    void theCombinedPrintFileIsNotClaimedAsPdfAAndVeraPdfRejectsIt() throws Exception {
        ValidationResult result = validate(dir.resolve("print").resolve("statements-2026-09.pdf"));
        assertThat(result.isCompliant()).isFalse();
    }

    static ValidationResult validate(Path pdf) throws Exception {
        ValidationResult result;
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            result = validator.validate(parser);
        }
        return result;
    }
}
