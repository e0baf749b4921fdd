package coop.poruka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code path `poruka bench-statements` times, on a small demo co-op and without timing anything. */
class BenchStatementsCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchWritesEveryMembersSignedStatementAndALongOneAndReportsTheirRates() {
        CliRun run = TestLedger.cli("bench-statements", "--members", "30", "--pages", "3", "--db",
                dir.resolve("bench").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("demo co-op of 30 members", "per CPU-second", "peak heap",
                "one statement of 72 postings, 3 pages").doesNotContain("NOT valid");
        assertThat(run.out().lines().filter(l -> l.contains("signature valid, whole document signed"))).hasSize(2);
        // The ledger is kept with --db and reused by the next run.
        assertThat(TestLedger.cli("bench-statements", "--members", "30", "--pages", "0", "--db",
                dir.resolve("bench").toString()).out()).contains("reused");
    }
}
