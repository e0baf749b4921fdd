package coop.poruka.cli;

import coop.poruka.app.RestoreLedger;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true, description = {
    "Put a backup in place of the ledger. The backup is checked like 'poruka verify' first and a",
    "damaged one is refused; the ledger as it was is kept beside it (NAME.before-restore.mv.db)."})
final class RestoreCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path backup;

    RestoreCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        RestoreLedger.Result r = new RestoreLedger(ctx.ledgers()).run(db.db, backup);
        spec.commandLine().getOut().printf("Restored %s from %s: %s, latest entry %s, verified.%s%n",
                r.ledger(), backup.toAbsolutePath().normalize(), Cli.count(r.entries(), "entry", "entries"), r.head().hex(),
                r.previous().map(p -> " The ledger as it was is kept at " + p + ".").orElse(""));
        return 0;
    }
}
