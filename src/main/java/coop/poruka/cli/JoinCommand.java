package coop.poruka.cli;

import coop.poruka.app.ImportSync;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.LedgerException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "join", mixinStandardHelpOptions = true, description = {
    "A new office starts its ledger from a full sync file of an existing office (sync export --all);",
    "its certificate and the file must chain up to the same co-op CA."})
final class JoinCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "The new office's keystore (.p12).")
    Path keystore;
    @Option(names = "--cert", paramLabel = "FILE.crt",
            description = "The certificate the founding office issued (taken into the keystore when given).")
    Path certificate;
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The full sync file.")
    Path from;

    JoinCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (ctx.ledgers().exists(db.db)) { // said before a password is asked for or the keystore touched
            throw new LedgerException("ledger.exists", ctx.ledgers().resolve(db.db));
        }
        char[] password = ctx.password().get("Password of the keystore " + keystore, false);
        ImportSync.Reading reading = ImportSync.startReading(ctx.syncFiles(), from, () -> {
            if (certificate != null) {
                ctx.identity().accept(keystore, password, certificate);
            }
            return ctx.identity().open(keystore, password);
        });
        // Whole or not at all: a wrong password, a refused file or a join cut short leaves no ledger at --db.
        ImportSync.Preview p = ctx.ledgers().createWhole(db.db, store -> {
            ImportSync.Preview added = new ImportSync(store, ctx.syncFiles(), ctx.clock()).join(reading);
            new OfficeCertificates(ctx.identity(), ctx.clock()).remember(store, keystore);
            return added;
        });
        SyncCommand.describe(spec.commandLine().getOut(), p, false);
        return 0;
    }
}
