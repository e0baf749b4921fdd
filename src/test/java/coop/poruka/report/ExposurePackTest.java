package coop.poruka.report;

import static coop.poruka.report.StatementPdfTest.flat;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.app.Exposure;
import coop.poruka.app.FileClaim;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.SetRules;
import coop.poruka.domain.document.ExposurePack;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "poruka exposure --pdf": the guarantor's exposure pack with the claims waiting for their vote, signed. */
class ExposurePackTest {
    static final String AIGERIM = "ALM-0001";
    static final String BOLAT = "ALM-0002";
    static final String DANA = "ALM-0003";

    @TempDir
    static Path dir;
    static TestLedger ledger;
    static ClaimEvent claim;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        ledger.foundOffice();
        ledger.member(AIGERIM, "Aigerim Seitkali", 1000);
        ledger.member(BOLAT, "Bolat Nurlanuly", 1000);
        ledger.member(DANA, "Dana Abenova", 1000);
        new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(1, 14, LimitRule.DEPOSIT_PLUS_GUARANTEES,
                200000L, "KZT", null), "general meeting", "decided in August", LocalDate.parse("2026-08-01"));
        give(BOLAT, AIGERIM, 300);
        give(BOLAT, DANA, 200);
        PostedExchange boots = new RecordExchange(ledger.store, TestLedger.CLOCK).run(new RecordExchange.Request(null,
                LocalDate.parse("2026-11-12"), List.of(new Leg(AIGERIM, DANA, 8000, "felt boots")), null)).posted();
        claim = new FileClaim(ledger.store, TestLedger.CLOCK).run(new FileClaim.Request(DANA, AIGERIM,
                boots.exchange().id(), 8000, "boots never delivered", false, LocalDate.parse("2026-11-20")));
    }

    static void give(String guarantor, String member, long capUnits) {
        new GiveGuarantee(ledger.store, TestLedger.CLOCK).run(guarantor, member, capUnits * 100,
                LocalDate.parse("2026-08-01"));
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void packListsTheClaimsOnWhosePanelTheGuarantorSitsWithTheirDeadline() {
        ExposurePack pack = new Exposure(ledger.store).pack(BOLAT, TestLedger.CLOCK);
        assertThat(claim.panel()).contains(BOLAT);
        assertThat(pack.lines()).extracting(l -> l.member()).containsExactly(AIGERIM, DANA);
        assertThat(pack.votes()).singleElement().satisfies(v -> {
            assertThat(v.claim()).isEqualTo(claim.claim());
            assertThat(v.deadline()).isEqualTo(claim.deadline());
            assertThat(v.respondentName()).isEqualTo("Aigerim Seitkali");
        });
    }

    @Test
    void exposureCommandWritesASignedPackThatPdfsigAcceptsAndThatShowsTheVotesWaiting() throws IOException {
        Path pdf = dir.resolve("exposure-ALM-0002.pdf");
        CliRun run = ledger.command("exposure", "--guarantor", "alm-0002", "--pdf", pdf.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("ALM-0001", "exposure pack: " + pdf.toAbsolutePath());
        StatementPdfTest.keepForLooking(pdf, "exposure-sample.pdf");
        String text = flat(Poppler.text(pdf));
        String deadline = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .format(claim.deadline());
        assertThat(text).contains("Guarantor exposure", "Bolat Nurlanuly", "Aigerim Seitkali", "Dana Abenova",
                "300.00 ꝏ", "200.00 ꝏ", "Claims waiting for the guarantor's vote", deadline, "boots never delivered",
                claim.claim().toString(), ledger.head().substring(0, 40));
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.", "Total document signed");
        assertThat(TestLedger.cli("verify-pdf", pdf.toString()).out()).contains("Guarantor exposure, issued by");
    }

    @Test
    void aGuarantorWithNoVoteWaitingIsToldSoInTheirLanguage() {
        Path pdf = dir.resolve("exposure-ALM-0003.pdf");
        CliRun run = ledger.command("exposure", "--guarantor", DANA, "--pdf", pdf.toString(), "--lang", "ru");
        assertThat(run.code()).isZero();
        assertThat(flat(Poppler.text(pdf))).contains("Ответственность поручителя",
                "Ни одна претензия не ждёт голоса поручителя.");
    }
}
