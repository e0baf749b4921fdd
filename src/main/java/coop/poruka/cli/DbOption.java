package coop.poruka.cli;

import coop.poruka.domain.Notice;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The --db option every command shares. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The ledger file (default: ledger.mv.db in the user's data directory).")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    LedgerStore open(CliContext ctx) {
        return told(ctx.ledgers().open(db, false));
    }

    LedgerStore create(CliContext ctx) {
        return told(ctx.ledgers().open(db, true));
    }

    /** What opening the ledger did besides (an upgrade and its backup) goes to stderr, one line each. */
    private LedgerStore told(LedgerStore store) {
        for (Notice n : store.notices()) {
            command.commandLine().getErr().println(n);
        }
        return store;
    }
}
