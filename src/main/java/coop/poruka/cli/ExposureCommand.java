package coop.poruka.cli;

import coop.poruka.app.CreditLimit;
import coop.poruka.app.Exposure;
import coop.poruka.app.Queries;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.document.ExposurePack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "exposure", mixinStandardHelpOptions = true, description = "What a guarantor could be made to pay.")
final class ExposureCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--guarantor", required = true, paramLabel = "CODE")
    String guarantor;
    @Option(names = "--csv", description = "Print RFC 4180 CSV (the lines only).")
    boolean csv;
    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also write the exposure pack, with the claims waiting for the guarantor's vote, as a PDF signed by the office.")
    Path pdf;
    @Mixin
    LanguageOption language;
    @Mixin
    KeystoreOption keystore;

    ExposureCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (LedgerStore store = db.open(ctx)) {
            int d = new Queries(store).settings().unit().decimals();
            Exposure.Report r = new Exposure(store).of(guarantor);
            if (pdf != null) {
                // Written before anything is printed, so a refused key leaves no half-told story on stdout.
                ExposurePack pack = new Exposure(store).pack(guarantor, ctx.clock());
                keystore.signing(ctx, store).exposure(pack, language.locale(), pdf);
            }
            Output o = new Output(List.of("member", "cap", "balance", "open_claims", "liability_max", "liability_expected"),
                    false, true, true, true, true, true);
            r.lines().forEach(l -> o.row(l.member(), Amounts.format(l.cap(), d), Amounts.format(l.balance(), d),
                    Amounts.format(l.openClaims(), d), Amounts.format(l.liabilityMax(), d),
                    Amounts.format(l.liabilityExpected(), d)));
            PrintWriter out = spec.commandLine().getOut();
            o.print(out, csv);
            if (!csv) {
                out.println("total: at most " + Amounts.format(r.totalMax(), d) + ", expected "
                        + Amounts.format(r.totalExpected(), d) + ", own deposit worth " + Amounts.format(r.ownDeposit(), d)
                        + "; open claims further down the tree " + Amounts.format(r.fromBelow(), d));
                r.lines().stream().filter(l -> l.paid() > 0).forEach(l -> out.println(l.member() + " owes "
                        + r.guarantor() + " " + Amounts.format(l.paid(), d) + " paid on their claims"));
                if (pdf != null) {
                    out.println("exposure pack: " + pdf.toAbsolutePath());
                }
            }
        }
        return 0;
    }

    @Command(name = "limit", mixinStandardHelpOptions = true, description = "A member's credit limit and how it follows from the rules.")
    static final class Limit implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--member", required = true, paramLabel = "CODE")
        String member;

        Limit(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                spec.commandLine().getOut().println(new CreditLimit(store).of(member).explanation(d).message(Locale.ENGLISH));
            }
            return 0;
        }
    }
}
