package coop.poruka.cli;

import coop.poruka.app.PrintStatements;
import coop.poruka.app.Progress;
import coop.poruka.domain.port.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "statements", mixinStandardHelpOptions = true, description = {
    "Write members' monthly statements as PDF files signed by the office, one per member",
    "(statement-YYYY-MM-CODE.pdf), with progress on stderr; --combined adds one file of all to print."})
final class StatementsCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Mixin
    KeystoreOption keystore;
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month.")
    String month;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (made if missing).")
    Path out;
    @Option(names = "--member", paramLabel = "CODE", description = "Only this member's statement.")
    String member;
    @Option(names = "--combined", description = "Also write statements-YYYY-MM.pdf with every statement, to print.")
    boolean combined;
    @Mixin
    LanguageOption language;

    StatementsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        YearMonth m = Months.parse(month);
        Locale locale = language.locale();
        PrintWriter stdout = spec.commandLine().getOut();
        try (LedgerStore store = db.open(ctx)) {
            PrintStatements print = new PrintStatements(store, keystore.signing(ctx, store), ctx.clock());
            if (member != null) {
                stdout.println(print.one(member, m, out, locale));
                return 0;
            }
            PrintStatements.Result r = print.all(m, out, locale, combined, new Bar(spec.commandLine().getErr()));
            stdout.printf("Wrote %d statement%s for %s to %s%n", r.files().size(), r.files().size() == 1 ? "" : "s",
                    m, out.toAbsolutePath());
            if (r.combined() != null) {
                stdout.println("Combined print file: " + r.combined());
            }
        }
        return 0;
    }

    /** Progress on stderr, one line every tenth of the way, so a script's log stays short. */
    private static final class Bar implements Progress {
        private final PrintWriter err;
        private long shown = -1;

        Bar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total) {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != shown && (done == total || tenth > shown)) {
                shown = tenth;
                err.printf("statements: %d of %d%n", done, total);
                err.flush();
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
