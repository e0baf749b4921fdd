package coop.poruka.report;

import static coop.poruka.report.StatementPdfTest.flat;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.FileClaim;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.MoveDeposit;
import coop.poruka.app.PrintMonthSummary;
import coop.poruka.app.PrintStatements;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.SetRules;
import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.document.Statement;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.Documents;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guarantor sections of statements and the summary, from real books, read back from signed PDFs. */
class GuarantorStatementPdfTest {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String AIGERIM = "ALM-0001";
    static final String BOLAT = "ALM-0002";
    static final String DANA = "ALM-0003";
    static final String ERLAN = "ALM-0004";

    @TempDir
    static Path dir;
    static TestLedger ledger;
    static Documents signed;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        ledger.foundOffice();
        signed = ledger.signedDocuments();
        ledger.member(AIGERIM, "Aigerim Seitkali", 1000);
        ledger.member(BOLAT, "Bolat Nurlanuly", 1000);
        ledger.member(DANA, "Dana Abenova", 1000);
        ledger.member(ERLAN, "Erlan Zhaksylyk", 1000);
        new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(1, 14, LimitRule.DEPOSIT_PLUS_GUARANTEES,
                200000L, "KZT", null), "general meeting", "decided in August", day("2026-08-01"));
        give(BOLAT, AIGERIM, 300, "2026-08-01");
        give(BOLAT, DANA, 200, "2026-08-01");
        give(DANA, AIGERIM, 200, "2026-10-10");
        deposit(AIGERIM, DepositAction.PLACE, "500.00", "2026-10-05");
        // Dated after October: not part of October's statement or summary.
        deposit(AIGERIM, DepositAction.TOPUP, "700.00", "2026-11-02");
        give(AIGERIM, ERLAN, 150, "2026-11-03");
        PostedExchange boots = new RecordExchange(ledger.store, TestLedger.CLOCK).run(new RecordExchange.Request(null,
                day("2026-10-12"), List.of(new Leg(AIGERIM, DANA, 8000, "felt boots")), null)).posted();
        new FileClaim(ledger.store, TestLedger.CLOCK).run(new FileClaim.Request(DANA, AIGERIM, boots.exchange().id(),
                8000, "boots never delivered", false, day("2026-10-20")));
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static void give(String guarantor, String member, long capUnits, String date) {
        new GiveGuarantee(ledger.store, TestLedger.CLOCK).run(guarantor, member, capUnits * 100, day(date));
    }

    static void deposit(String member, DepositAction action, String tenge, String date) {
        new MoveDeposit(ledger.store, TestLedger.CLOCK).run(new MoveDeposit.Request(member, action,
                Amounts.parse(tenge, 2), "KZT", "Halyk Bank, KZ12 601A 8610 0000 0001", "pledged by her family",
                day(date)));
    }

    static PrintStatements print() {
        return new PrintStatements(ledger.store, signed, TestLedger.CLOCK);
    }

    @Test
    void statementShowsDepositGuaranteesClaimAndHowTheLimitWasDerivedAsOctoberLeftThem() throws IOException {
        Statement s = print().read(AIGERIM, OCTOBER);
        assertThat(s.security().deposits()).singleElement().satisfies(l -> assertThat(l.amount()).isEqualTo(50000));
        assertThat(s.security().guaranteesReceived()).extracting(Statement.Line::counterpartyCode)
                .containsExactly(BOLAT, DANA);
        assertThat(s.security().guaranteesGiven()).isEmpty(); // the one to Bolat is dated in November
        assertThat(s.security().standing().caps()).isEqualTo(50000);
        assertThat(s.creditLimit()).isEqualTo(s.security().standing().deposit() + 50000);

        Path pdf = print().one(AIGERIM, OCTOBER, dir.resolve("out"), Locale.ENGLISH);
        StatementPdfTest.keepForLooking(pdf, "statement-guarantor-sample.pdf");
        String text = flat(Poppler.text(pdf));
        String derivation = flat(s.security().standing().explanation(2).message(Locale.ENGLISH));
        assertThat(text).contains("Deposits held", "Halyk Bank, KZ12 601A 8610 0000 0001", "500.00 KZT",
                "Guarantees received", "Bolat Nurlanuly", "300.00 ꝏ", "Dana Abenova", "200.00 ꝏ",
                "Open claims", "boots never delivered", "80.00 ꝏ", derivation)
                .doesNotContain("700.00 KZT", "Guarantees given", "2026-08-01", "2026-10-");
        // Dates in the guarantor sections as the reader writes them, like the postings' dates.
        assertThat(text).contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .format(LocalDate.parse("2026-08-01")));
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.", "Total document signed");
    }

    @Test
    void guarantorSeesTheGuaranteesTheyGaveAndTheClaimTheyFiled() {
        Path pdf = print().one(DANA, OCTOBER, dir.resolve("dana"), Locale.forLanguageTag("ru"));
        String text = flat(Poppler.text(pdf));
        assertThat(text).contains("Aigerim Seitkali", "Bolat Nurlanuly", "boots never delivered",
                "Открытые претензии", "01.08.2026").doesNotContain("2026-08-01");
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.");
    }

    @Test
    void summaryShowsDepositsAgainstCapsAndTheMonthsClaims() throws IOException {
        PrintMonthSummary summary = new PrintMonthSummary(ledger.store, signed, TestLedger.CLOCK);
        Path pdf = dir.resolve("summary-2026-10.pdf");
        MonthSummary s = summary.run(OCTOBER, pdf, Locale.ENGLISH);
        assertThat(s.guarantees().caps()).isEqualTo(70000);
        assertThat(s.guarantees().claimsOpened()).isEqualTo(1);
        assertThat(s.guarantees().claimsDecided()).isZero();
        assertThat(s.guarantees().claimsSettled()).isZero();
        assertThat(s.guarantees().depositsHeld()).isPositive();
        StatementPdfTest.keepForLooking(pdf, "summary-guarantor-sample.pdf");
        String text = flat(Poppler.text(pdf));
        assertThat(text).contains("Guarantor system", "Guarantee caps in force 700.00 ꝏ", "Claims opened 1",
                "Claims decided 0", "Claims settled 0");
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.");
        // September had none of it yet.
        MonthSummary september = summary.read(YearMonth.of(2026, 9));
        assertThat(september.guarantees().claimsOpened()).isZero();
        assertThat(september.guarantees().depositsHeld()).isZero();
        assertThat(september.guarantees().caps()).isEqualTo(50000);
    }
}
