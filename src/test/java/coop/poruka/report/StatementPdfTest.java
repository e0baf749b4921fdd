package coop.poruka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.app.PrintMonthSummary;
import coop.poruka.app.PrintStatements;
import coop.poruka.app.Progress;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.ReverseExchange;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.document.Statement;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.port.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Monthly statements and the summary as signed PDFs, read back with poppler. */
class StatementPdfTest {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final String LONG_NAME = "Жанұзақова Гүлнұр Серікқызы, Ақсай ауылындағы тоқыма шеберханасының иесі";

    @TempDir
    static Path dir;
    static TestLedger ledger;
    static Documents signed;
    static PostedExchange flour;
    static PostedExchange chain;
    static PostedExchange reversal;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        ledger.foundOffice();
        signed = ledger.signedDocuments();
        ledger.member("ALM-0001", ReceiptPdfTest.KAZAKH, 500);
        ledger.member("ALM-0002", ReceiptPdfTest.SWEDISH, 500);
        ledger.member("ALM-0003", ReceiptPdfTest.GHAIN, 500);
        ledger.member("ALM-0004", LONG_NAME, 5000);
        ledger.member("ALM-0005", ReceiptPdfTest.KAZAKH_CAPS, 5000);
        post(LocalDate.of(2026, 9, 12), new Leg("ALM-0001", "ALM-0002", 10000, "September honey"));
        flour = post(LocalDate.of(2026, 10, 3), new Leg("ALM-0002", "ALM-0001", 4050, "two sacks of flour"));
        chain = post(LocalDate.of(2026, 10, 17), new Leg("ALM-0001", "ALM-0002", 2500, "roof repair"),
                new Leg("ALM-0002", "ALM-0003", 2500, "sewing"), new Leg("ALM-0003", "ALM-0001", 2500, "drive to the city"));
        reversal = new ReverseExchange(ledger.store, TestLedger.CLOCK).run(flour.exchange().id(), "entered twice");
        // A long month for ALM-0004: enough postings to run onto several pages.
        for (int i = 1; i <= 90; i++) {
            post(LocalDate.of(2026, 10, 1 + i % 30), new Leg(i % 2 == 0 ? "ALM-0004" : "ALM-0005",
                    i % 2 == 0 ? "ALM-0005" : "ALM-0004", 100 + i, "delivery number " + i));
        }
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    static PostedExchange post(LocalDate date, Leg... legs) {
        return new RecordExchange(ledger.store, TestLedger.CLOCK)
                .run(new RecordExchange.Request(UUID.randomUUID(), date, List.of(legs), null)).posted();
    }

    static PrintStatements print() {
        return new PrintStatements(ledger.store, signed, TestLedger.CLOCK);
    }

    static void keepForLooking(Path pdf, String name) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.copy(pdf, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    static String flat(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    static int pages(Path pdf) {
        String info = Poppler.run("pdfinfo", pdf.toString());
        return Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
    }

    @Test
    void octoberStatementHasOpeningPostingsRunningBalanceAndClosing() throws IOException {
        Statement s = print().read("ALM-0001", OCTOBER);
        assertThat(s.opening()).isEqualTo(10000);
        // Flour received (debit 40.50), the chain: supplied roof (credit 25), received a drive (debit 25).
        assertThat(s.postings()).extracting(Statement.Posting::debit).containsExactly(4050L, 0L, 2500L);
        assertThat(s.postings()).extracting(Statement.Posting::credit).containsExactly(0L, 2500L, 0L);
        assertThat(s.postings()).extracting(Statement.Posting::balance).containsExactly(5950L, 8450L, 5950L);
        assertThat(s.closing()).isEqualTo(5950);
        assertThat(s.postings().get(0).reversedBy()).isEqualTo(reversal.exchange().id());

        Path pdf = print().one("ALM-0001", OCTOBER, dir.resolve("out"), Locale.ENGLISH);
        keepForLooking(pdf, "statement-sample.pdf");
        assertThat(pdf.getFileName().toString()).isEqualTo("statement-2026-10-ALM-0001.pdf");
        String text = flat(Poppler.text(pdf));
        assertThat(text).contains(ReceiptPdfTest.KAZAKH, ReceiptPdfTest.SWEDISH, ReceiptPdfTest.GHAIN,
                "Opening balance", "100.00 ꝏ", "Closing balance", "59.50 ꝏ", "Credit limit", "500.00 ꝏ",
                "two sacks of flour", "REVERSED later by exchange " + reversal.exchange().id(),
                "exchange " + chain.exchange().id(), "Page 1 of 1", "October 1, 2026 – October 31, 2026");
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.", "Total document signed");
    }

    @Test
    void reversalIsMarkedInTheMonthItIsDatedAndTheJournalHeadIsPrinted() {
        Statement s = print().read("ALM-0002", NOVEMBER);
        assertThat(s.postings()).singleElement().satisfies(p -> {
            assertThat(p.reverses()).isEqualTo(flour.exchange().id());
            assertThat(p.debit()).isEqualTo(4050);
        });
        Path pdf = print().one("ALM-0002", NOVEMBER, dir.resolve("nov"), Locale.ENGLISH);
        String text = flat(Poppler.text(pdf));
        assertThat(text).contains("REVERSAL of exchange " + flour.exchange().id() + ": entered twice",
                ledger.head().substring(0, 40));
    }

    @Test
    void kazakhAndSwedishNamesComeBackExactlyInRussianAndSwedishStatements() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("ru"), Locale.forLanguageTag("sv")}) {
            Path pdf = print().one("ALM-0002", OCTOBER, dir.resolve(locale.getLanguage()), locale);
            String text = flat(Poppler.text(pdf));
            assertThat(text).contains(ReceiptPdfTest.SWEDISH, ReceiptPdfTest.KAZAKH, ReceiptPdfTest.GHAIN);
            assertThat(text).contains(locale.getLanguage().equals("ru") ? "Выписка участника" : "Medlemsutdrag");
        }
    }

    @Test
    void longStatementFlowsOntoFurtherPagesWithTheTableHeaderOnEach() throws IOException {
        Path pdf = print().one("ALM-0004", OCTOBER, dir.resolve("long"), Locale.ENGLISH);
        keepForLooking(pdf, "statement-long.pdf");
        int pages = pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        String text = Poppler.text(pdf);
        assertThat(flat(text)).contains(LONG_NAME, "Page " + pages + " of " + pages, "delivery number 90");
        // The table's header ("Counterparty") on every page the postings run onto.
        assertThat(text.split("Counterparty", -1).length - 1).isEqualTo(pages);
    }

    @Test
    void batchWritesOneSignedStatementPerMemberAndACombinedPrintFile() {
        List<long[]> updates = new ArrayList<>();
        PrintStatements.Result r = print().all(OCTOBER, dir.resolve("batch"), Locale.ENGLISH, true, new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(r.files()).hasSize(5).allSatisfy(f -> assertThat(f).exists());
        assertThat(updates.get(updates.size() - 1)).containsExactly(5, 5);
        int sum = r.files().stream().mapToInt(StatementPdfTest::pages).sum();
        assertThat(pages(r.combined())).isEqualTo(sum);
        assertThat(flat(Poppler.text(r.combined()))).contains(ReceiptPdfTest.KAZAKH_CAPS, LONG_NAME);
        // Each member's file is signed; the print file carries no broken copies of those signatures.
        assertThat(Poppler.run(false, "pdfsig", r.files().get(4).toString())).contains("Signature is Valid.");
        assertThat(Poppler.run(false, "pdfsig", r.combined().toString())).contains("does not contain any signatures");
    }

    @Test
    void cancelledBatchStopsAndKeepsOnlyCompleteStatements() throws IOException {
        Path out = dir.resolve("cancelled");
        assertThatThrownBy(() -> print().all(OCTOBER, out, Locale.ENGLISH, true, new Progress() {
            long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean cancelled() {
                return done >= 2;
            }
        })).isInstanceOf(Progress.Cancelled.class);
        // The two reported done, and at most what the other workers were finishing; never a part-file.
        List<String> names;
        try (var files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).startsWith("statement-2026-10-ALM-0001.pdf", "statement-2026-10-ALM-0002.pdf")
                .allMatch(n -> n.matches("statement-2026-10-ALM-000\\d\\.pdf"));
        for (String n : names) {
            assertThat(Poppler.run(false, "pdfsig", out.resolve(n).toString())).as(n).contains("Signature is Valid.",
                    "Total document signed");
        }
    }

    @Test
    void summaryCountsTheMonthAndShowsPositiveBalancesEqualNegativeOnes() throws IOException {
        MonthSummary s = new PrintMonthSummary(ledger.store, signed, TestLedger.CLOCK).read(OCTOBER);
        assertThat(s.exchanges()).isEqualTo(92);
        assertThat(s.reversals()).isZero();
        assertThat(s.membersActive()).isEqualTo(5);
        assertThat(s.positive()).isPositive().isEqualTo(-s.negative());
        assertThat(s.balanced()).isTrue();
        Path pdf = dir.resolve("summary.pdf");
        new PrintMonthSummary(ledger.store, signed, TestLedger.CLOCK).run(OCTOBER, pdf, Locale.ENGLISH);
        keepForLooking(pdf, "summary-sample.pdf");
        assertThat(flat(Poppler.text(pdf))).contains("Monthly summary", "the books balance", "Exchanges 92");
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.");
    }

    @Test
    void aMonthNotBegunAndAnUnknownMemberAreRefused() {
        assertThatThrownBy(() -> print().read("ALM-0001", YearMonth.of(2026, 12))).isInstanceOf(LedgerException.class)
                .hasMessage("The month 2026-12 has not begun yet; choose 2026-11 or an earlier month.");
        assertThatThrownBy(() -> print().read("ALM-0999", OCTOBER)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("no member with code ALM-0999");
    }
}
