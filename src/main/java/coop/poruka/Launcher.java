package coop.poruka;

import coop.poruka.cli.Cli;
import coop.poruka.cli.CliContext;
import coop.poruka.cli.KeystorePassword;
import coop.poruka.cli.PlainWindow;
import coop.poruka.ui.OfficeFiles;
import coop.poruka.ui.PorukaApp;
import coop.poruka.ui.StartupProbe;
import java.io.PrintWriter;

/**
 * The jar's entry point. Not a JavaFX Application subclass, so the shaded jar starts without the
 * JavaFX module checks. No arguments opens the window; anything else is a command.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        StartupProbe.mark("main");
        // No arguments is "poruka window": the default ledger, and the same one-line errors. A sync
        // file handed over by the desktop (the installers associate .poruka-sync) opens the window too.
        String[] command = args.length == 0 || isSyncFile(args) ? new String[] {"window"} : args;
        // The window, and the long commands, run in a second Java tuned for them when they can.
        java.util.OptionalInt ended = "window".equals(command[0]) ? Relaunch.window(args) : Relaunch.longCommand(args);
        if (ended.isPresent()) {
            System.exit(ended.getAsInt());
        }
        CliContext ctx = new CliContext(Wiring.ledgers(), Wiring.clock(),
                (ledger, ledgers, clock, documents, identity) -> PorukaApp.open(ledger, ledgers, clock, documents,
                        new OfficeFiles(identity, Wiring.syncFiles())),
                Wiring.documents(), Wiring.identity(), KeystorePassword.system(System.getenv()), Wiring.syncFiles());
        java.util.OptionalInt window = PlainWindow.run(command, ctx, new PrintWriter(System.err, true));
        System.exit(window.isPresent() ? window.getAsInt() : Cli.run(command, ctx));
    }

    private static boolean isSyncFile(String[] args) {
        return args.length == 1 && args[0].endsWith(".poruka-sync");
    }
}
