package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.ledger.EntryContent.PeriodClose;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.money.Amounts;
import coop.poruka.report.Poppler;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a month: recorded in the journal, checked by verify, and nothing dated into it afterwards. */
class PeriodCloseTest {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    TestLedger books() {
        TestLedger ledger = TestLedger.create(dir);
        ledger.foundOffice();
        ledger.member("ALM-0001", "Aigerim Seitkali", 1000);
        ledger.member("ALM-0002", "Bolat Nurlanuly", 1000);
        ledger.member("ALM-0003", "Dana Abenova", 1000);
        new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(null, null, null, null, "KZT", null),
                "general meeting", "deposits in tenge", LocalDate.parse("2026-08-01"));
        post(ledger, "2026-09-20", "ALM-0002", "ALM-0001", 2000);
        post(ledger, "2026-10-10", "ALM-0001", "ALM-0002", 4550);
        new GiveGuarantee(ledger.store, TestLedger.CLOCK).run("ALM-0002", "ALM-0001", 30000, LocalDate.parse("2026-10-02"));
        return ledger;
    }

    static void post(TestLedger ledger, String date, String supplier, String receiver, long amount) {
        new RecordExchange(ledger.store, TestLedger.CLOCK).run(new RecordExchange.Request(null, LocalDate.parse(date),
                List.of(new Leg(supplier, receiver, amount, "goods")), null));
    }

    static void refused(TestLedger ledger, String month, ThrowingCallable action) {
        String head = ledger.head();
        java.util.Map<String, Long> balances = ledger.balances();
        assertThatThrownBy(action).isInstanceOf(LedgerException.class).satisfies(e -> {
            assertThat(((LedgerException) e).key()).isEqualTo("period.closed");
            assertThat(e.getMessage()).contains("falls in " + month + ", which is closed", "correction dated 2026-11-01 or later",
                    "refers to the original");
        });
        assertThat(ledger.head()).isEqualTo(head);
        assertThat(ledger.balances()).isEqualTo(balances);
    }

    @Test
    void closeRecordsTheTrialBalanceAndJournalHeadAsAnEntryThatVerifyChecks() {
        try (TestLedger ledger = books()) {
            CliRun run = ledger.command("close", "--month", "2026-10");
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("Closed 2026-10: trial balance of 3 members");
            PeriodClose close = ledger.store.read(r -> {
                List<PeriodClose> found = new java.util.ArrayList<>();
                r.scanJournal(e -> {
                    if (e.entry().kind() == EntryKind.CLOSE) {
                        found.add((PeriodClose) e.content());
                    }
                });
                return found.get(0);
            });
            assertThat(close.month()).isEqualTo(OCTOBER);
            assertThat(close.balances()).containsEntry("ALM-0001", 2550L).containsEntry("ALM-0002", -2550L)
                    .containsEntry("ALM-0003", 0L);
            VerifyLedger.Report report = new VerifyLedger(ledger.store).run(Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.head().hex()).isEqualTo(ledger.head());
        }
    }

    @Test
    void exchangesGuaranteesAndDepositsDatedInAClosedMonthAreRefusedAndTheBooksStayAsTheyWere() {
        try (TestLedger ledger = books()) {
            new CloseMonth(ledger.store, TestLedger.CLOCK).run(OCTOBER);
            refused(ledger, "2026-10", () -> post(ledger, "2026-10-31", "ALM-0001", "ALM-0003", 100));
            refused(ledger, "2026-09", () -> post(ledger, "2026-09-01", "ALM-0001", "ALM-0003", 100));
            refused(ledger, "2026-10", () -> new GiveGuarantee(ledger.store, TestLedger.CLOCK).run("ALM-0003", "ALM-0001", 10000,
                    LocalDate.parse("2026-10-15")));
            refused(ledger, "2026-10", () -> new MoveDeposit(ledger.store, TestLedger.CLOCK).run(new MoveDeposit.Request("ALM-0001",
                    DepositAction.PLACE, Amounts.parse("100.00", 2), "KZT", "Halyk Bank", null,
                    LocalDate.parse("2026-10-20"))));
            // The open month takes the correction.
            post(ledger, "2026-11-01", "ALM-0001", "ALM-0003", 100);
            CliRun cli = ledger.command("exchange", "--date", "2026-10-05", "--leg", "ALM-0001:ALM-0003:1");
            assertThat(cli.code()).isNotZero();
            assertThat(cli.err().strip()).doesNotContain("\n").contains("2026-10, which is closed");
        }
    }

    @Test
    void aMonthNotYetEndedOrAlreadyClosedCannotBeClosed() {
        try (TestLedger ledger = books()) {
            CloseMonth close = new CloseMonth(ledger.store, TestLedger.CLOCK);
            close.run(OCTOBER);
            String head = ledger.head();
            assertThatThrownBy(() -> close.run(OCTOBER)).isInstanceOf(LedgerException.class)
                    .hasMessageContaining("already closed");
            assertThatThrownBy(() -> close.run(YearMonth.of(2026, 9))).isInstanceOf(LedgerException.class)
                    .hasMessageContaining("already closed");
            assertThatThrownBy(() -> close.run(YearMonth.of(2026, 11))).isInstanceOf(LedgerException.class)
                    .hasMessageContaining("has not ended yet");
            assertThat(ledger.head()).isEqualTo(head);
        }
    }

    @Test
    void statementsOfAClosedMonthComeOutTheSameAgain() {
        try (TestLedger ledger = books()) {
            new CloseMonth(ledger.store, TestLedger.CLOCK).run(OCTOBER);
            PrintStatements print = new PrintStatements(ledger.store, ledger.signedDocuments(), TestLedger.CLOCK);
            String first = Poppler.text(print.one("ALM-0001", OCTOBER, dir.resolve("first"), Locale.ENGLISH));
            // What happens afterwards is dated in the open month.
            post(ledger, "2026-11-02", "ALM-0002", "ALM-0001", 700);
            new GiveGuarantee(ledger.store, TestLedger.CLOCK).run("ALM-0003", "ALM-0001", 10000,
                    LocalDate.parse("2026-11-03"));
            String second = Poppler.text(print.one("ALM-0001", OCTOBER, dir.resolve("second"), Locale.ENGLISH));
            assertThat(second).isEqualTo(first).contains("Guarantees received", "Bolat Nurlanuly");
        }
    }
}
