package coop.poruka.cli;

import static coop.poruka.TestLedger.cli;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoPrintsOneLineAndTheLedgerVerifies() {
        String db = dir.resolve("demo").toString();
        CliRun run = cli("demo", "--db", db, "--members", "12", "--months", "2", "--seed", "5");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("Created the demo co-op Ынтымақ \\(office ALM\\) at "
                + Pattern.quote(db + ".mv.db") + ": 12 members, 36 exchanges of which \\d+ reversals; \\d+ guarantees, \\d+ deposits, \\d+ claims\\.\n");
        assertThat(cli("verify", "--db", db).out()).startsWith("OK: 78 entries"); // 1 + 12 + 36, then 29 of the guarantor system
        assertThat(cli("balances", "--db", db, "--csv").out().lines()).hasSize(13);
    }

    @Test
    void exchangeCountCanBeGivenDirectly() {
        String db = dir.resolve("demo").toString();
        CliRun run = cli("demo", "--db", db, "--members", "5", "--exchanges", "7");
        assertThat(run.out()).contains("5 members, 7 exchanges");
    }

    @Test
    void demoOnAnExistingCoopIsRefusedAndChangesNothing() throws Exception {
        String db = dir.resolve("coop").toString();
        cli("init", "--db", db, "--coop", "Ak Bulak", "--office", "ALM", "--office-name", "Almaty");
        String before = cli("verify", "--db", db).out();
        CliRun run = cli("demo", "--db", db);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("The ledger " + db + ".mv.db already has a co-op; a demo co-op is made "
                + "only in a new ledger, so choose another path.");
        assertThat(cli("verify", "--db", db).out()).isEqualTo(before).startsWith("OK: 1 entries");
    }

    @Test
    void badMemberCountIsRefusedBeforeAnyFileIsCreated() {
        Path db = dir.resolve("nothing");
        CliRun run = cli("demo", "--db", db.toString(), "--members", "0");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("2 to 100000 members, not 0");
        assertThat(Files.exists(dir.resolve("nothing.mv.db"))).isFalse();
    }
}
