package coop.poruka.cli;

import static coop.poruka.TestLedger.cli;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger.CliRun;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Every command, including ones added later, answers --help with its usage. */
class HelpTest {
    /** Each command's words, such as ["member", "add"], found from the picocli annotations. */
    private static List<List<String>> commands(Class<?> type, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        Command command = type.getAnnotation(Command.class);
        for (Class<?> sub : command.subcommands()) {
            List<String> words = new ArrayList<>(prefix);
            words.add(sub.getAnnotation(Command.class).name());
            out.add(words);
            out.addAll(commands(sub, words));
        }
        if (!prefix.isEmpty()) {
            for (Method m : type.getDeclaredMethods()) {
                Command c = m.getAnnotation(Command.class);
                if (c != null) {
                    List<String> words = new ArrayList<>(prefix);
                    words.add(c.name());
                    out.add(words);
                }
            }
        }
        return out;
    }

    @Test
    void everyCommandAnswersHelp() {
        List<List<String>> all = commands(Cli.class, List.of());
        assertThat(all).extracting(w -> String.join(" ", w))
                .contains("init", "member add", "member change", "member list", "exchange", "reverse", "balances",
                        "verify", "import", "export", "demo", "bench", "window", "receipt");
        for (List<String> words : all) {
            List<String> args = new ArrayList<>(words);
            args.add("--help");
            CliRun run = cli(args.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args))
                    .startsWith("Usage: poruka " + String.join(" ", words)).contains("-h, --help");
            assertThat(run.err()).isEmpty();
        }
    }

    /** A command line naming one command is read with that command's model alone; anything else with all. */
    @Test
    void aCommandNotKnownIsRefusedByTheWholeProgramAndAWrongOptionByItsCommand() {
        CliRun unknown = cli("balance", "--db", "x");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo(
                "Unmatched arguments from index 0: 'balance', '--db', 'x'. See 'poruka --help'.");

        CliRun wrong = cli("balances", "--dbb", "x");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("Unknown options: '--dbb', 'x'. See 'poruka balances --help'.");

        assertThat(Cli.commandNamed("balances")).isEqualTo(BalancesCommand.class);
        assertThat(Cli.commandNamed("sync")).isEqualTo(SyncCommand.class);
        assertThat(Cli.commandNamed("--help")).isNull();
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        CliRun run = cli("--help");
        assertThat(run.code()).isZero();
        for (List<String> words : commands(Cli.class, List.of())) {
            if (words.size() == 1) {
                assertThat(run.out()).contains("  " + words.get(0) + " ");
            }
        }
    }
}
