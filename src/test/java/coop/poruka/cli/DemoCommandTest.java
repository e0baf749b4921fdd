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
        assertThat(cli("verify", "--db", db).out()).isEqualTo(before).startsWith("OK: 1 entry,");
    }

    @Test
    void badMemberCountIsRefusedBeforeAnyFileIsCreated() {
        Path db = dir.resolve("nothing");
        CliRun run = cli("demo", "--db", db.toString(), "--members", "0");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("2 to 100000 members, not 0");
        assertThat(Files.exists(dir.resolve("nothing.mv.db"))).isFalse();
    }

    @Test
    void secondOfficeJoinsRecordsWorkAndItsSyncFileBringsThatWorkToTheFirstOffice() {
        String a = dir.resolve("alm").toString();
        String b = dir.resolve("ast").toString();
        Path file = dir.resolve("ast.poruka-sync");
        CliRun run = cli("demo", "--db", a, "--members", "12", "--months", "2", "--seed", "5", "--second-office", "ast",
                "--second-office-name", "Astana", "--second-db", b, "--sync-out", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().toList().get(1)).matches("Made office AST at " + Pattern.quote(b + ".mv.db")
                + " \\(keystores .*alm.office.p12 and .*ast.office.p12\\): 6 members, \\d+ exchanges; wrote \\d+ entries "
                + "for office ALM to " + Pattern.quote(file.toString()));
        assertThat(cli("verify", "--db", b).code()).isZero();
        // The founding office's full file said what it held then: its own entries, none of AST's.
        assertThat(cli("sync", "status", "--db", b).out()).contains("ALM: entries 1-", "AST: entries 1-")
                .containsPattern("(?m)^ALM: entries 1-\\d+; it confirmed holding ALM 1-\\d+, none of AST$");

        CliRun dry = cli("sync", "import", "--db", a, file.toString(), "--dry-run");
        assertThat(dry.out()).startsWith("Would add ").contains("  AST: ");
        assertThat(cli("sync", "import", "--db", a, file.toString()).code()).isZero();
        assertThat(cli("balances", "--db", a, "--csv").out()).isEqualTo(cli("balances", "--db", b, "--csv").out())
                .contains("AST-0001,Марат Нурланов");
        assertThat(cli("verify", "--db", a).code()).isZero();
    }

    @Test
    void secondOfficeWithoutItsFilesIsRefusedBeforeAnythingIsCreated() {
        CliRun run = cli("demo", "--db", dir.resolve("alm").toString(), "--second-office", "AST", "--second-db",
                dir.resolve("ast").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("A second office needs both --second-db (its new ledger) and --sync-out "
                + "(the sync file it writes); add them.");
        CliRun same = cli("demo", "--db", dir.resolve("alm").toString(), "--second-office", "ALM", "--second-db",
                dir.resolve("ast").toString(), "--sync-out", dir.resolve("f.poruka-sync").toString());
        assertThat(same.err()).contains("cannot have the code ALM");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
