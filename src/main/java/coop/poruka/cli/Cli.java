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
        // Picocli reads the model of every command it is given, each one's options by reflection: a
        // good part of a second before any work. A command line that names a command gets a root
        // knowing only that one (the window's start, above all); anything else gets them all.
        ContextFactory factory = new ContextFactory(ctx);
        Class<?> named = rest.length > 0 ? commandNamed(rest[0]) : null;
        CommandLine cl;
        if (named == null) {
            cl = new CommandLine(new Cli(), factory);
        } else {
            cl = new CommandLine(new OneCommand(), factory);
            cl.addSubcommand(new CommandLine(named, factory));
        }
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

    /** The command class of that name or alias, read from the annotations alone; null if none. */
    static Class<?> commandNamed(String name) {
        for (Class<?> c : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name)) {
                return c;
            }
        }
        return null;
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

    /** The same program as {@link Cli}, to which the one command named is added. */
    @Command(name = "poruka", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class)
    static final class OneCommand implements Runnable {
        @Override
        public void run() {
            // never run: the first argument always names the command added
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
