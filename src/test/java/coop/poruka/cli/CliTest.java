package coop.poruka.cli;

import static coop.poruka.TestLedger.cli;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts use it: exact names, exit codes, one line on stderr. */
class CliTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("coop").toString();
    }

    private CliRun ok(String... args) {
        CliRun run = cli(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        return run;
    }

    private void init() {
        ok("init", "--db", db(), "--coop", "Ak Bulak", "--office", "ALM", "--office-name", "Almaty",
                "--unit", "hour", "--symbol", "h", "--decimals", "1");
        ok("member", "add", "--db", db(), "--code", "ALM-0001", "--name", "Айгерим Қасымова", "--limit", "10");
        ok("member", "add", "--db", db(), "--code", "ALM-0002", "--name", "Ivan, \"the roofer\"", "--limit", "5.5");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(ok("--version").out()).startsWith("poruka ");
        String help = ok("--help").out();
        assertThat(help).contains("init", "member", "exchange", "reverse", "balances", "verify");
    }

    @Test
    void exchangePrintsItsIdAndBalancesPrintsCsvWithTheAgreedHeader() {
        init();
        String id = ok("exchange", "--db", db(), "--leg", "ALM-0001:ALM-0002:4.5:roof: two days").out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(ok("balances", "--db", db(), "--csv").out()).isEqualTo(
                "code,name,balance,limit\r\nALM-0001,Айгерим Қасымова,4.5,10.0\r\nALM-0002,\"Ivan, \"\"the roofer\"\"\",-4.5,5.5\r\n");
        assertThat(ok("verify", "--db", db()).out()).startsWith("OK: 4 entries");
    }

    @Test
    void exchangeWithGivenIdIsPostedOnceAndReversalNeedsAReason() {
        init();
        String id = "3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b";
        ok("exchange", "--db", db(), "--leg", "ALM-0001:ALM-0002:1", "--id", id, "--date", "2026-11-01");
        assertThat(ok("exchange", "--db", db(), "--leg", "ALM-0001:ALM-0002:1", "--id", id).out().strip()).isEqualTo(id);
        assertThat(ok("balances", "--db", db(), "--csv").out()).contains("ALM-0002,").contains("-1.0,5.5");
        String reversal = ok("reverse", "--db", db(), "--id", id, "--reason", "wrong member").out().strip();
        assertThat(reversal).isNotEqualTo(id);
        assertThat(ok("member", "list", "--db", db(), "--csv").out())
                .contains("ALM-0001,Айгерим Қасымова,active,0.0,10.0,10.0,");
    }

    @Test
    void badInputGivesOneLineOnStderrANonZeroExitAndChangesNothing() {
        init();
        String before = ok("balances", "--db", db(), "--csv").out();
        CliRun[] bad = {
            cli("exchange", "--db", db(), "--leg", "ALM-0001:ALM-0009:1"),
            cli("exchange", "--db", db(), "--leg", "ALM-0001:ALM-0002:1,5"),
            cli("exchange", "--db", db(), "--leg", "ALM-0001:ALM-0002:1.25"),
            cli("exchange", "--db", db(), "--leg", "ALM-0001"),
            cli("exchange", "--db", db(), "--leg", "ALM-0002:ALM-0001:100"),
            cli("exchange", "--db", db(), "--leg", "ALM-0001:ALM-0002:1", "--date", "1.11.2026"),
            cli("reverse", "--db", db(), "--id", "not-an-id", "--reason", "x"),
            cli("member", "add", "--db", db(), "--code", "ALM 1", "--name", "x"),
            cli("exchange", "--db", db()),
            cli("balances", "--db", dir.resolve("nowhere").toString()),
        };
        for (CliRun run : bad) {
            assertThat(run.code()).as(run.err()).isNotZero();
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(bad[0].err()).contains("no member with code ALM-0009");
        assertThat(bad[4].err()).contains("ALM-0001 (Айгерим Қасымова) would go from 0.0 to -100.0, below their credit limit of -10.0");
        assertThat(bad[9].err()).contains("There is no ledger at");
        assertThat(ok("balances", "--db", db(), "--csv").out()).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("nowhere.mv.db"))).isFalse();
    }

    @Test
    void initRefusesAnExistingCoopAndBadSettingsLeaveNoFile() {
        init();
        CliRun again = cli("init", "--db", db(), "--coop", "Other", "--office", "AST", "--office-name", "Astana");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already belongs to a co-op");
        CliRun badDecimals = cli("init", "--db", dir.resolve("x").toString(), "--coop", "C", "--office", "ALM",
                "--office-name", "A", "--decimals", "7");
        assertThat(badDecimals.err()).contains("0 to 4 decimals");
        assertThat(Files.exists(dir.resolve("x.mv.db"))).isFalse();
    }
}
