package coop.poruka.cli;

import coop.poruka.app.PrintMonthSummary;
import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Write the co-op's monthly summary for the treasurer as a PDF signed by the office.")
final class SummaryCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Mixin
    KeystoreOption keystore;
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month.")
    String month;
    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path pdf;
    @Mixin
    LanguageOption language;

    SummaryCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (LedgerStore store = db.open(ctx)) {
            MonthSummary s = new PrintMonthSummary(store, keystore.signing(ctx, store), ctx.clock())
                    .run(Months.parse(month), pdf, language.locale());
            spec.commandLine().getOut().printf("%s: %d exchanges, %d members active; books %s%n",
                    pdf.toAbsolutePath(), s.exchanges() - s.reversals(), s.membersActive(),
                    s.balanced() ? "balance" : "DO NOT BALANCE");
        }
        return 0;
    }
}
