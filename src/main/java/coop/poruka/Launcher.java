package coop.poruka;

import coop.poruka.cli.Cli;

/**
 * The jar's entry point. Not a JavaFX Application subclass, so the shaded jar starts without the
 * JavaFX module checks. No arguments opens the window; anything else is a command.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("window");
            return;
        }
        int code = Cli.run(args, Wiring.ledgers(), Wiring.clock(), (p, l, c) -> {});
        System.exit(code);
    }
}
