package coop.poruka.cli;

import coop.poruka.app.Progress;
import coop.poruka.app.VerifyLedger;
import coop.poruka.domain.port.LedgerStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true, description = {
    "Recompute the journal's hash chain and check every balance against its postings.",
    "Exits 1 naming the first bad entry when anything was changed, dropped or inserted."})
final class VerifyCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;

    VerifyCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (LedgerStore store = db.open(ctx)) {
            VerifyLedger.Report r = new VerifyLedger(store).run(Progress.NONE);
            if (!r.ok()) {
                int more = r.problems().size() - 1;
                throw new CommandFailed(r.problems().get(0).getMessage()
                        + (more > 0 ? " (" + more + " more problem(s) follow from it or stand beside it.)" : ""));
            }
            spec.commandLine().getOut().printf("OK: %s, latest entry %s, balances match postings and sum to zero.%n",
                    Cli.count(r.entries(), "entry", "entries"), r.head().hex());
        }
        return 0;
    }
}
