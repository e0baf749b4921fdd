package coop.poruka.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.PrintStatements;
import coop.poruka.app.Progress;
import coop.poruka.app.ReverseExchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.port.Documents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements whose text stays within the shared cut of the fonts (Kazakh, Russian, Swedish, the
 * tenge sign) embed that cut, the same in every file; a statement with a character beyond it (a
 * Greek name) embeds a subset of its own. Both read back exactly and are signed (decision 0037).
 * Also: a month's batch, read in one pass, prints the same statements as printing them one by one.
 */
class SharedFontStatementTest {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String GREEK = "Αλέξανδρος Παπαδόπουλος";

    @TempDir
    static Path dir;
    static TestLedger ledger;
    static Documents signed;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir, new Unit("tenge", "\u20B8", 2));
        ledger.foundOffice();
        signed = ledger.signedDocuments();
        ledger.member("ALM-0001", ReceiptPdfTest.KAZAKH, 500);
        ledger.member("ALM-0002", ReceiptPdfTest.KAZAKH_CAPS, 500);
        ledger.member("ALM-0003", ReceiptPdfTest.SWEDISH, 500);
        ledger.member("ALM-0004", GREEK, 500);
        ledger.member("ALM-0005", ReceiptPdfTest.GHAIN, 500);
        ledger.member("ALM-0006", "Ольга Ёлкина", 500);
        ledger.postOn(LocalDate.of(2026, 9, 12), new Leg("ALM-0001", "ALM-0002", 10000, "мёд"));
        PostedExchange flour = ledger.postOn(LocalDate.of(2026, 10, 3),
                new Leg("ALM-0002", "ALM-0001", 4050, "ұн, екі қап"));
        ledger.postOn(LocalDate.of(2026, 10, 17), new Leg("ALM-0001", "ALM-0002", 2500, "roof"),
                new Leg("ALM-0002", "ALM-0003", 2500, "sömnad"), new Leg("ALM-0003", "ALM-0001", 2500, "ride"));
        new ReverseExchange(ledger.store, TestLedger.CLOCK).run(flour.exchange().id(), "entered twice");
        // The Greek member trades only with ALM-0005, so only those two statements carry Greek letters.
        ledger.postOn(LocalDate.of(2026, 10, 20), new Leg("ALM-0004", "ALM-0005", 1234, "olive oil"));
        ledger.postOn(LocalDate.of(2026, 10, 21), new Leg("ALM-0005", "ALM-0004", 777, "ελιές"));
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    static PrintStatements print() {
        return new PrintStatements(ledger.store, signed, TestLedger.CLOCK);
    }

    /** Each font's name as pdffonts lists it, checking that it is embedded with a ToUnicode map. */
    static List<String> embeddedFonts(Path pdf) {
        List<String> lines = Poppler.fonts(pdf);
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).contains("CID TrueType").containsPattern(
                "Identity-H\\s+yes\\s+yes\\s+yes"));
        return lines.stream().map(l -> l.split("\\s+")[0]).sorted().toList();
    }

    static void signedWhole(Path pdf) {
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.", "Total document signed");
    }

    @Test
    void kazakhRussianAndSwedishStatementsEmbedTheSameSharedFontsAndReadBackExactly() {
        Path kazakh = print().one("ALM-0001", OCTOBER, dir.resolve("kk"), Locale.forLanguageTag("ru"));
        Path swedish = print().one("ALM-0003", OCTOBER, dir.resolve("sv"), Locale.forLanguageTag("sv"));
        Path quiet = print().one("ALM-0006", OCTOBER, dir.resolve("ru"), Locale.forLanguageTag("ru"));
        String text = StatementPdfTest.flat(Poppler.text(kazakh));
        assertThat(text).contains(ReceiptPdfTest.KAZAKH, ReceiptPdfTest.KAZAKH_CAPS, ReceiptPdfTest.SWEDISH,
                "ұн, екі қап", "\u20B8");
        assertThat(StatementPdfTest.flat(Poppler.text(swedish))).contains(ReceiptPdfTest.SWEDISH, ReceiptPdfTest.KAZAKH,
                "sömnad", "Medlemsutdrag");
        assertThat(StatementPdfTest.flat(Poppler.text(quiet))).contains("Ольга Ёлкина");
        // Different characters in each file, yet the same fonts: the shared cut, not a subset of each.
        assertThat(embeddedFonts(kazakh)).hasSize(2).isEqualTo(embeddedFonts(swedish)).isEqualTo(embeddedFonts(quiet));
        signedWhole(kazakh);
        signedWhole(swedish);
        signedWhole(quiet);
    }

    @Test
    void aNameBeyondTheSharedFontsStillEmbedsReadsBackAndIsPdfA() throws Exception {
        Path greek = print().one("ALM-0004", OCTOBER, dir.resolve("el"), Locale.ENGLISH);
        Path other = print().one("ALM-0005", OCTOBER, dir.resolve("el-other"), Locale.ENGLISH);
        Path shared = print().one("ALM-0001", OCTOBER, dir.resolve("kk-en"), Locale.ENGLISH);
        assertThat(StatementPdfTest.flat(Poppler.text(greek))).contains(GREEK, ReceiptPdfTest.GHAIN, "ελιές", "olive oil");
        assertThat(StatementPdfTest.flat(Poppler.text(other))).contains(GREEK, ReceiptPdfTest.GHAIN, "ελιές");
        // The regular face (names, memos) needs Greek: a subset of this file's own, named apart from the shared one.
        assertThat(embeddedFonts(greek)).doesNotContainAnyElementsOf(embeddedFonts(shared));
        signedWhole(greek);
        signedWhole(other);
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        assertThat(PdfaConformanceTest.validate(greek).isCompliant()).isTrue();
    }

    @Test
    void aBatchPrintsEveryStatementAsPrintingItAloneDoes() {
        PrintStatements.Result batch = print().all(OCTOBER, dir.resolve("batch"), Locale.ENGLISH, false, Progress.NONE);
        // ALM-0006 joined after October and did not trade in it.
        assertThat(batch.files()).hasSize(5);
        for (Path file : batch.files()) {
            String code = file.getFileName().toString().replaceAll(".*-(ALM-\\d+)\\.pdf", "$1");
            Path alone = print().one(code, OCTOBER, dir.resolve("alone"), Locale.ENGLISH);
            assertThat(Poppler.text(file)).as(code).isEqualTo(Poppler.text(alone));
            signedWhole(file);
        }
    }
}
