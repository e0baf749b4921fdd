package coop.poruka.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** Runs one {@code poruka} command: parse, call a use case, print. */
@Command(name = "poruka", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Bookkeeping for barter co-operatives. Without a command, opens the window.",
        subcommands = {
            InitCommand.class, MemberCommand.class, ExchangeCommand.class, ReverseCommand.class,
            BalancesCommand.class, VerifyCommand.class, DemoCommand.class, ImportCommand.class, BenchCommand.class,
            BenchWindowCommand.class, BenchGuarantorsCommand.class, BenchStatementsCommand.class,
            ExportCommand.class, ReceiptCommand.class, OfficeCommand.class, StatementsCommand.class, SummaryCommand.class,
            VerifyPdfCommand.class, WindowCommand.class, BackupCommand.class, RestoreCommand.class,
            RulesCommand.class, GuaranteeCommand.class, DepositCommand.class, ClaimCommand.class, ClaimsCommand.class,
            ExposureCommand.class, ExposureCommand.Limit.class, CloseCommand.class, SyncCommand.class, JoinCommand.class
        })
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, such as 'poruka balances'.");
    }

    public static int run(String[] args, CliContext ctx) {
        return run(args, ctx, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs a command with the given output streams; returns the exit code. */
    public static int run(String[] args, CliContext ctx, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        // Opening the window is the common case and the one a person waits for: picocli then reads
        // only the window command, not the model of every command (a good part of a second).
        Object root = rest.length > 0 && rest[0].equals("window") ? new WindowOnly() : new Cli();
        CommandLine cl = new CommandLine(root, new ContextFactory(ctx));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            String m = ex.getMessage().strip();
            err.println(m + (m.endsWith(".") ? "" : ".") + " See '" + commandName(ex.getCommandLine()) + " --help'.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (debug) {
                ex.printStackTrace(err);
            }
            err.println(PlainWindow.oneLine(ex));
            return 1;
        });
        int code = cl.execute(rest);
        out.flush();
        err.flush();
        return code;
    }

    private static String commandName(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName();
    }

    /** A count with its noun as people write it: "1 entry", "2 entries". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Creates commands with the context; everything else the picocli way. */
    private record ContextFactory(CliContext ctx) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** The same program as {@link Cli} with only the window command known. */
    @Command(name = "poruka", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
            subcommands = WindowCommand.class)
    static final class WindowOnly implements Runnable {
        @Override
        public void run() {
            // never run: the first argument is always "window"
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"poruka " + (v == null ? "development build" : v)};
        }
    }
}
