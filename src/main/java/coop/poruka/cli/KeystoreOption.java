package coop.poruka.cli;

import coop.poruka.app.OfficeCertificates;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --keystore option of commands that also name a ledger: by default the keystore beside it. */
public final class KeystoreOption {
    @Option(names = "--keystore", paramLabel = "FILE",
            description = "The office keystore (default: NAME.office.p12 beside the ledger NAME.mv.db).")
    Path keystore;

    Path resolve(CliContext ctx, DbOption db) {
        return keystore != null ? keystore : OfficeCertificates.besideLedger(ctx.ledgers().resolve(db.db));
    }

    /** The office's documents, signed with its key (the password is asked for once). */
    coop.poruka.domain.port.Documents signing(CliContext ctx, DbOption db) {
        Path file = resolve(ctx, db);
        return new OfficeCertificates(ctx.identity(), ctx.clock()).signingWhenNeeded(ctx.documents(), file,
                () -> ctx.password().get("Password of the keystore " + file, false));
    }
}
