package coop.poruka.app;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the database file and an SQL tool changes the books behind Poruka's back;
 * {@code poruka verify} must notice and name the first bad entry.
 */
class VerifyTamperTest {
    @TempDir
    Path dir;
    Path file;
    PostedExchange flour;

    @BeforeEach
    void books() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
            ledger.member("ALM-0002", "Ivan Petrov", 100);
            ledger.member("ALM-0003", "Olga Öberg", 100);
            ledger.post(leg("ALM-0001", "ALM-0002", 10));
            flour = ledger.post(leg("ALM-0001", "ALM-0002", 40), leg("ALM-0002", "ALM-0003", 5)); // entry 6
            ledger.post(leg("ALM-0003", "ALM-0001", 3));
            file = ledger.path;
        }
        assertThat(flour.seq()).isEqualTo(6);
    }

    private void sql(String... statements) throws SQLException {
        String name = file.toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + name, "poruka", "");
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private CliRun verify() {
        return TestLedger.cli("verify", "--db", file.toString());
    }

    @Test
    void untouchedBooksVerify() {
        CliRun run = verify();
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("OK: 7 entries");
    }

    @Test
    void changedLegAmountIsCaughtAtItsEntry() throws SQLException {
        // The first leg's 40.00 becomes 4.00; the second leg stays as it was.
        sql("UPDATE journal SET amounts = ARRAY[CAST(400 AS BIGINT), amounts[2]] WHERE exchange_id = '"
                + flour.exchange().id() + "'");
        CliRun run = verify();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("Journal entry 6 (exchange, recorded").contains("no longer matches its hash");
    }

    @Test
    void aCloseNamingAnotherJournalHeadIsCaught() throws SQLException {
        try (TestLedger ledger = TestLedger.reopen(file)) {
            new CloseMonth(ledger.store, TestLedger.CLOCK).run(java.time.YearMonth.of(2026, 10));
        }
        assertThat(verify().code()).isZero();
        sql("UPDATE period_close SET head_seq = 3, head_hash = '" + "ab".repeat(32) + "'");
        try (TestLedger ledger = TestLedger.reopen(file)) {
            List<String> problems = new VerifyLedger(ledger.store).run(Progress.NONE).problems().stream()
                    .map(Throwable::getMessage).toList();
            assertThat(problems.get(0)).startsWith("Journal entry 8 (close, recorded").contains("no longer matches its hash");
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("The close of 2026-10 names journal entry 3"));
        }
    }

    @Test
    void changedBalanceIsCaughtEvenWhenTheJournalIsIntact() throws SQLException {
        sql("UPDATE member SET balance = balance + 100 WHERE code = 'ALM-0003'");
        CliRun run = verify();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("The balance of ALM-0003").contains("postings sum to");
    }

    @Test
    void rewrittenMemberHistoryIsCaught() throws SQLException {
        sql("UPDATE member_version SET credit_limit = 999999 WHERE code = 'ALM-0002'",
                "UPDATE member SET credit_limit = 999999 WHERE code = 'ALM-0002'");
        CliRun run = verify();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("Journal entry 3 (member");
    }

    @Test
    void deletedExchangeIsCaught() throws SQLException {
        sql("DELETE FROM journal WHERE seq = 6");
        CliRun run = verify();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("Journal entry 6 is missing");
    }

    @Test
    void exchangeSlippedIntoAnotherEntryIsCaught() throws SQLException {
        // Entry 3 admits a member; someone adds an exchange to its row.
        sql("UPDATE journal SET exchange_id = RANDOM_UUID(), value_date = DATE '2026-11-20', supplier_ids = ARRAY[1],"
                + " receiver_ids = ARRAY[2], amounts = ARRAY[500], memos = ARRAY['gift'] WHERE seq = 3");
        CliRun run = verify();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("1 exchange record(s) are not in the journal");
    }
}
