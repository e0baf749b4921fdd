package coop.poruka.cli;

import coop.poruka.app.EndGuarantee;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.Queries;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "guarantee", mixinStandardHelpOptions = true, description = "Give, end and list guarantees.",
        subcommands = {GuaranteeCommand.Add.class, GuaranteeCommand.End.class, GuaranteeCommand.ListGuarantees.class})
final class GuaranteeCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "A member vouches for another, up to a cap.")
    static final class Add implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--guarantor", required = true, paramLabel = "CODE")
        String guarantor;
        @Option(names = "--member", required = true, paramLabel = "CODE")
        String member;
        @Option(names = "--cap", required = true, paramLabel = "AMOUNT", description = "The most the guarantor can be made to pay.")
        String cap;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "From when (default: today).")
        String date;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                var g = new GiveGuarantee(store, ctx.clock()).run(guarantor, member, Amounts.parse(cap, d),
                        date == null ? null : ExchangeCommand.Parse.date(date));
                spec.commandLine().getOut().println(g.guarantor() + " vouches for " + g.member() + " up to "
                        + Amounts.format(g.cap(), d) + " from " + g.date());
            }
            return 0;
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true, description = "A guarantor stops vouching for a member, with a reason.")
    static final class End implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--guarantor", required = true, paramLabel = "CODE")
        String guarantor;
        @Option(names = "--member", required = true, paramLabel = "CODE")
        String member;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; kept in the journal.")
        String reason;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "From when (default: today).")
        String date;

        End(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                var g = new EndGuarantee(store, ctx.clock()).run(guarantor, member, reason,
                        date == null ? null : ExchangeCommand.Parse.date(date));
                spec.commandLine().getOut().println(g.guarantor() + " no longer vouches for " + g.member() + " from " + g.date());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The guarantees in force.")
    static final class ListGuarantees implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--member", paramLabel = "CODE", description = "Only those who vouch for this member.")
        String member;
        @Option(names = "--guarantor", paramLabel = "CODE", description = "Only whom this member vouches for.")
        String guarantor;
        @Option(names = "--history", description = "Every guarantee given or ended, oldest first, instead of those in force.")
        boolean history;
        @Option(names = "--csv", description = "Print RFC 4180 CSV.")
        boolean csv;

        ListGuarantees(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                if (history) {
                    printHistory(store, d);
                    return 0;
                }
                List<Guarantee> all = new GuarantorQueries(store).guarantees(
                        member == null ? null : Member.code(member), guarantor == null ? null : Member.code(guarantor));
                Output o = new Output(List.of("guarantor", "member", "cap", "since"), false, false, true, false);
                all.forEach(g -> o.row(g.guarantor(), g.member(), Amounts.format(g.cap(), d), g.since().toString()));
                o.print(spec.commandLine().getOut(), csv);
            }
            return 0;
        }

        private void printHistory(LedgerStore store, int d) {
            String m = member == null ? null : Member.code(member);
            String g = guarantor == null ? null : Member.code(guarantor);
            Output o = new Output(List.of("guarantor", "member", "cap", "date", "event", "reason"),
                    false, false, true, false, false, false);
            new GuarantorQueries(store).book().history().stream()
                    .filter(c -> (m == null || c.member().equals(m)) && (g == null || c.guarantor().equals(g)))
                    .forEach(c -> o.row(c.guarantor(), c.member(), Amounts.format(c.cap(), d), c.date().toString(),
                            c.ended() ? "ended" : "given", c.reason() == null ? "" : c.reason()));
            o.print(spec.commandLine().getOut(), csv);
        }
    }
}
