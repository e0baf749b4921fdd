package coop.poruka.cli;

import coop.poruka.app.ExportHledger;
import coop.poruka.app.Progress;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
    "Write the books in another program's format.",
    "hledger: a journal with one account per member (members:CODE) and one transaction per exchange;",
    "'hledger bal' of an account equals the member's balance here."})
final class ExportCommand implements Callable<Integer> {
    static final String FORMATS = "hledger";

    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The format: " + FORMATS + ".")
    String format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    ExportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (!format.strip().toLowerCase(Locale.ROOT).equals("hledger")) {
            throw new LedgerException("export.unknownFormat", format, FORMATS);
        }
        try (LedgerStore store = db.open(ctx)) {
            ExportHledger.Result r = new ExportHledger(store, ctx.clock()).run(out, Progress.NONE);
            spec.commandLine().getOut().printf("Exported %d exchange%s of %d member%s to %s.%n", r.exchanges(),
                    r.exchanges() == 1 ? "" : "s", r.members(), r.members() == 1 ? "" : "s", out);
        }
        return 0;
    }
}
