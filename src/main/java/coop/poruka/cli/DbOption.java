package coop.poruka.cli;

import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option every command shares. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The ledger file (default: ledger.mv.db in the user's data directory).")
    Path db;

    LedgerStore open(CliContext ctx) {
        return ctx.ledgers().open(db, false);
    }

    LedgerStore create(CliContext ctx) {
        return ctx.ledgers().open(db, true);
    }
}
