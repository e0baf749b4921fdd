package coop.poruka.cli;

import coop.poruka.app.BackupLedger;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true, description = {
    "Copy the ledger to a backup file, even while the window has it open.",
    "The copy is checked like 'poruka verify' before it is written; an existing file is never overwritten."})
final class BackupCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write.")
    Path out;

    BackupCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        BackupLedger.Result r = new BackupLedger(ctx.ledgers()).run(db.db, out);
        spec.commandLine().getOut().printf("Backed up %s to %s: %s, latest entry %s, verified.%n",
                ctx.ledgers().resolve(db.db), r.backup(), Cli.count(r.entries(), "entry", "entries"), r.head().hex());
        return 0;
    }
}
