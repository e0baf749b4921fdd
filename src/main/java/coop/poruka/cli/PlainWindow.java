package coop.poruka.cli;

import coop.poruka.domain.LedgerException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The window as a person starts it many times a day: {@code window}, or {@code window --db PATH}.
 * Those two shapes open it without picocli, whose classes (built for Java 5, so never in the
 * start's class-data archive) cost a fifth of a second to load; anything else (help, a mistake,
 * {@code --debug}) goes through picocli as every other command does. Deliberately free of picocli
 * types, so that loading this class loads none of them.
 */
public final class PlainWindow {
    private PlainWindow() {}

    /** Opens the window if {@code args} is one of the plain shapes; empty: let picocli read them. */
    public static OptionalInt run(String[] args, CliContext ctx, PrintWriter err) {
        Path db;
        try {
            if (args.length == 1 && args[0].equals("window")) {
                db = null;
            } else if (args.length == 3 && args[0].equals("window") && args[1].equals("--db")
                    && !args[2].startsWith("-")) {
                db = Path.of(args[2]);
            } else if (args.length == 2 && args[0].equals("window") && args[1].startsWith("--db=")) {
                db = Path.of(args[1].substring("--db=".length()));
            } else {
                return OptionalInt.empty();
            }
        } catch (InvalidPathException e) {
            return OptionalInt.empty(); // picocli says what is wrong with it
        }
        try {
            open(ctx, db);
            return OptionalInt.of(0);
        } catch (RuntimeException e) {
            err.println(oneLine(e));
            err.flush();
            return OptionalInt.of(1);
        }
    }

    /** Opens the window on {@code db} (null: the default ledger) and returns when it is closed. */
    static void open(CliContext ctx, Path db) {
        ctx.window().open(db, ctx.ledgers(), ctx.clock(), ctx.documents(), ctx.identity());
    }

    /** The sentence a person sees: ours when we know what went wrong, a short one otherwise. */
    static String oneLine(Throwable ex) {
        if (ex instanceof LedgerException le) {
            return le.getMessage();
        }
        if (ex instanceof CommandFailed cf) {
            return cf.getMessage();
        }
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return "Unexpected error: " + what.lines().findFirst().orElse(what)
                + " (run again with --debug for details).";
    }
}
