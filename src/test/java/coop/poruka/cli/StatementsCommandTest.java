package coop.poruka.cli;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "poruka statements" and "poruka summary": files written and signed, mistakes refused in one line. */
class StatementsCommandTest {
    @TempDir
    static Path dir;
    static TestLedger ledger;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        ledger.foundOffice();
        ledger.member("ALM-0001", "Қасымова Айгерім", 100);
        ledger.member("ALM-0002", "Åsa Öberg", 100);
        ledger.member("ALM-0003", "Ivan Petrov", 100);
        ledger.post(leg("ALM-0001", "ALM-0002", 40));
        ledger.post(leg("ALM-0002", "ALM-0003", 15));
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void statementsForAMonthWriteOneSignedFilePerMemberWithProgressAndACombinedFile() {
        Path out = dir.resolve("nov");
        CliRun run = ledger.command("statements", "--month", "2026-11", "--out", out.toString(), "--combined");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Wrote 3 statements for 2026-11", "Combined print file");
        assertThat(run.err()).contains("statements: 3 of 3");
        for (String code : new String[] {"ALM-0001", "ALM-0002", "ALM-0003"}) {
            Path pdf = out.resolve("statement-2026-11-" + code + ".pdf");
            CliRun check = TestLedger.cli("verify-pdf", pdf.toString());
            assertThat(check.code()).isZero();
            assertThat(check.out()).contains("Member statement, issued by Ak Bulak Co-op");
        }
        assertThat(out.resolve("statements-2026-11.pdf")).exists();
    }

    @Test
    void oneMembersStatementPrintsItsPath() {
        CliRun run = ledger.command("statements", "--month", "2026-11", "--out", dir.resolve("one").toString(),
                "--member", "alm-0002", "--lang", "sv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).endsWith("statement-2026-11-ALM-0002.pdf");
    }

    @Test
    void summaryCommandWritesASignedPdfAndSaysTheBooksBalance() {
        Path pdf = dir.resolve("summary.pdf");
        CliRun run = ledger.command("summary", "--month", "2026-11", "--pdf", pdf.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("2 exchanges, 3 members active; books balance");
        assertThat(TestLedger.cli("verify-pdf", pdf.toString()).code()).isZero();
    }

    @Test
    void badMonthFutureMonthAndUnknownMemberAreOneLineEach() {
        Path out = dir.resolve("bad");
        CliRun[] bad = {
            ledger.command("statements", "--month", "2026-13", "--out", out.toString()),
            ledger.command("statements", "--month", "2027-01", "--out", out.toString()),
            ledger.command("statements", "--month", "2026-11", "--out", out.toString(), "--member", "ALM-0404"),
            ledger.command("summary", "--month", "October", "--pdf", out.resolve("s.pdf").toString()),
        };
        for (CliRun run : bad) {
            assertThat(run.code()).isNotZero();
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.out()).isEmpty();
        }
        assertThat(bad[0].err()).isEqualTo("The month \"2026-13\" is not valid; write it as YYYY-MM, for example 2026-10.\n");
        assertThat(bad[1].err()).startsWith("The month 2027-01 has not begun yet");
        assertThat(bad[2].err()).contains("ALM-0404");
    }
}
