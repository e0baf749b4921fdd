package coop.poruka.cli;

import coop.poruka.app.ImportSync;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.LedgerStore;
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
        char[] password = ctx.password().get("Password of the keystore " + keystore, false);
        if (certificate != null) {
            ctx.identity().accept(keystore, password, certificate);
        }
        OfficeKey key = ctx.identity().open(keystore, password);
        try (LedgerStore store = db.create(ctx)) {
            ImportSync.Preview p = new ImportSync(store, ctx.syncFiles(), ctx.clock()).join(from, key);
            new OfficeCertificates(ctx.identity(), ctx.clock()).remember(store, keystore);
            SyncCommand.describe(spec.commandLine().getOut(), p, false);
        }
        return 0;
    }
}
