package coop.poruka.cli;

import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The --keystore option of commands that also name a ledger: by default the keystore the ledger
 * remembers (named at `office ca-init` or `join`), or else the one beside it.
 */
public final class KeystoreOption {
    @Option(names = "--keystore", paramLabel = "FILE",
            description = "The office keystore (default: the one named when the office was set up, or NAME.office.p12 beside the ledger NAME.mv.db).")
    Path keystore;

    Path resolve(LedgerStore store) {
        return keystore != null ? keystore : OfficeCertificates.keystoreOf(store);
    }

    /** For a command that needs only the keystore: the ledger is opened just to read where it is. */
    Path resolve(CliContext ctx, DbOption db) {
        if (keystore != null) {
            return keystore;
        }
        try (LedgerStore store = db.open(ctx)) {
            return resolve(store);
        }
    }

    /** The office's documents, signed with its key (the password is asked for once). */
    coop.poruka.domain.port.Documents signing(CliContext ctx, LedgerStore store) {
        Path file = resolve(store);
        return new OfficeCertificates(ctx.identity(), ctx.clock()).signingWhenNeeded(ctx.documents(), file,
                () -> ctx.password().get("Password of the keystore " + file, false));
    }
}
