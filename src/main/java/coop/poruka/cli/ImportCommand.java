package coop.poruka.cli;

import coop.poruka.app.ImportExchanges;
import coop.poruka.app.ImportMembers;
import coop.poruka.app.ImportProblem;
import coop.poruka.app.ImportRejected;
import coop.poruka.app.Progress;
import coop.poruka.domain.port.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
    "Import members or exchanges from a CSV file (UTF-8, RFC 4180), all or nothing.",
    "Members: header code,name,limit[,contact]; a blank limit is 0.",
    "Exchanges: header id,date,supplier,receiver,amount,memo; rows with the same id are the legs",
    "of one exchange and must be adjacent. Exchanges already in the ledger are skipped.",
    "When any row is wrong, every wrong row is listed as 'line N: ...' and nothing is imported."})
final class ImportCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** Exactly one kind of file per import. */
    static final class What {
        @Option(names = "--members", paramLabel = "FILE.csv", description = "Members to admit.")
        Path members;
        @Option(names = "--exchanges", paramLabel = "FILE.csv", description = "Exchanges to post.")
        Path exchanges;
    }

    ImportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LedgerStore store = db.open(ctx)) {
            if (what.members != null) {
                long n = new ImportMembers(store, ctx.clock()).run(what.members, Progress.NONE);
                out.printf("Imported %d member%s.%n", n, n == 1 ? "" : "s");
            } else {
                ImportExchanges.Result r = new ImportExchanges(store, ctx.clock()).run(what.exchanges, Progress.NONE);
                out.printf("Imported %d exchange%s%s.%n", r.imported(), r.imported() == 1 ? "" : "s",
                        r.alreadyPresent() == 0 ? "" : " (" + r.alreadyPresent() + " already present)");
            }
        } catch (ImportRejected e) {
            // Every wrong row first, then the one-line verdict that the error handler prints.
            PrintWriter err = spec.commandLine().getErr();
            for (ImportProblem p : e.problems()) {
                err.println(p.message());
            }
            throw e;
        }
        return 0;
    }
}
