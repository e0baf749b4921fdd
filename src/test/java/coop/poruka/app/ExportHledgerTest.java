package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.money.Unit;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportHledgerTest {
    static final UUID FLOUR = UUID.fromString("11111111-1111-4111-8111-111111111111");

    @TempDir
    Path dir;
    TestLedger ledger;

    @AfterEach
    void tearDown() {
        if (ledger != null) {
            ledger.close();
        }
    }

    /** Books with a trade, a chain of three, an override, a reversal and awkward memos and names. */
    void books(Unit unit) {
        ledger = TestLedger.create(dir, unit);
        int d = unit.decimals();
        AddMember admit = new AddMember(ledger.store, TestLedger.CLOCK);
        admit.run("ALM-0001", "Aigerim; baker", Amounts.parse("100", d), null);
        admit.run("ALM-0002", "Иван Петров", Amounts.parse("50", d), null);
        admit.run("ALM-0003", "Қайрат", 0, null);
        admit.run("ALM-0004", "Nobody trades", 0, null);
        RecordExchange record = new RecordExchange(ledger.store, TestLedger.CLOCK);
        record.run(new RecordExchange.Request(FLOUR, LocalDate.parse("2026-03-01"),
                List.of(new Leg("ALM-0001", "ALM-0002", Amounts.parse("40", d), "flour; two \"sacks\"")), null));
        record.run(new RecordExchange.Request(null, LocalDate.parse("2026-02-20"), List.of(
                new Leg("ALM-0001", "ALM-0002", Amounts.parse("1", d), ""),
                new Leg("ALM-0002", "ALM-0003", Amounts.parse("1", d), "sewing"),
                new Leg("ALM-0003", "ALM-0001", Amounts.parse("1", d), "drive")), null));
        record.run(new RecordExchange.Request(null, LocalDate.parse("2026-03-02"),
                List.of(new Leg("ALM-0002", "ALM-0003", Amounts.parse("2", d), "hay")), "harvest, agreed by panel"));
        PostedExchange wrong = record.run(new RecordExchange.Request(null, null,
                List.of(new Leg("ALM-0003", "ALM-0001", Amounts.parse("7", d), "")), "typo")).posted();
        new ReverseExchange(ledger.store, TestLedger.CLOCK).run(wrong.exchange().id(), "typed the wrong member");
    }

    Path export() {
        Path out = dir.resolve("books.journal");
        ExportHledger.Result result = new ExportHledger(ledger.store, TestLedger.CLOCK).run(out, Progress.NONE);
        assertThat(result).isEqualTo(new ExportHledger.Result(5, 4));
        return out;
    }

    @ParameterizedTest(name = "unit {0} ''{1}'' with {2} decimals")
    @CsvSource({"unit,u,2", "tenge,₸ b,0", "gram,g,3", "dram,dr.,4"})
    void hledgerChecksTheJournalStrictlyAndItsAccountTotalsEqualTheBalances(String name, String symbol, int decimals)
            throws Exception {
        books(new Unit(name, symbol, decimals));
        Path journal = export();

        String hledger = hledger();
        assertThat(run(hledger, "-f", journal.toString(), "check", "--strict").exitCode).isZero();
        Result bal = run(hledger, "-f", journal.toString(), "bal", "--flat", "--no-total", "-O", "csv");
        assertThat(bal.exitCode).isZero();
        Map<String, Long> totals = accountTotals(bal.out, decimals);
        ledger.balances().forEach((code, balance) ->
                assertThat(totals.getOrDefault("members:" + code, 0L)).as(code).isEqualTo(balance));
        assertThat(ledger.balances()).containsEntry("ALM-0001", Amounts.parse("40", decimals))
                .containsEntry("ALM-0002", Amounts.parse("-38", decimals)).containsEntry("ALM-0003", Amounts.parse("-2", decimals));
    }

    @Test
    void writesOneTransactionPerExchangeWithItsIdAsCodeAndMarksTheReversal() throws IOException {
        books(new Unit("unit", "u", 2));
        String text = Files.readString(export(), StandardCharsets.UTF_8);

        assertThat(text).contains("\ncommodity 1000.00 \"u\"")
                .contains("\naccount members:ALM-0001  ; Aigerim; baker\n")
                .contains("\naccount members:ALM-0004  ; Nobody trades\n")
                .contains("\n2026-03-01 (" + FLOUR + ") flour, two \"sacks\"\n"
                        + "    members:ALM-0001  40.00 \"u\"  ; flour; two \"sacks\"\n"
                        + "    members:ALM-0002  -40.00 \"u\"\n")
                .contains(") hay  ; override: harvest, agreed by panel\n")
                .containsPattern("\n2026-11-23 \\([0-9a-f-]{36}\\) Reversal of [0-9a-f-]{36}: typed the wrong member  ; reverses:[0-9a-f-]{36}\n");
        assertThat(Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2} ").matcher(text).results().count()).isEqualTo(5);
    }

    @Test
    void commandExportsAndRefusesAnUnknownFormatNamingTheSupportedOnes() {
        books(new Unit("unit", "u", 2));
        Path out = dir.resolve("out.journal");

        CliRun ok = ledger.command("export", "--format", "hledger", "--out", out.toString());
        CliRun unknown = ledger.command("export", "--format", "gnucash", "--out", out.toString());

        assertThat(ok.code()).isZero();
        assertThat(ok.out().lines()).containsExactly("Exported 5 exchanges of 4 members to " + out + ".");
        assertThat(out).exists();
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().lines()).containsExactly("The export format \"gnucash\" is not supported; choose one of: hledger.");
    }

    @Test
    void commandNamesAFolderThatDoesNotExist() {
        books(new Unit("unit", "u", 2));
        Path out = dir.resolve("no such folder").resolve("out.journal");

        CliRun run = ledger.command("export", "--format", "hledger", "--out", out.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("The folder " + out.getParent()
                + " does not exist; create it first or choose another place for the file.");
    }

    /** Each account's total in minor units, from hledger's CSV balance report of one commodity. */
    static Map<String, Long> accountTotals(List<String> csv, int decimals) {
        Pattern row = Pattern.compile("^\"([^\"]+)\",\"(-?[0-9]+(?:\\.[0-9]+)?) .*\"$");
        Map<String, Long> totals = new HashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            Matcher m = row.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            totals.put(m.group(1), Amounts.parse(m.group(2), decimals));
        }
        return totals;
    }

    /**
     * The hledger program. Without it the test cannot show anything: it is skipped on a developer's
     * machine, but fails on the build server (CI set), where a skipped check would pass unseen.
     */
    static String hledger() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "hledger");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        if (System.getenv("CI") != null) {
            fail("hledger is not installed; the export cannot be checked (install it, e.g. apt-get install hledger)");
        }
        assumeTrue(false, "hledger is not installed");
        return null;
    }

    record Result(int exitCode, List<String> out) {}

    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> out = new ArrayList<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (p.exitValue() != 0) {
            out.forEach(System.err::println);
        }
        return new Result(p.exitValue(), out);
    }
}
