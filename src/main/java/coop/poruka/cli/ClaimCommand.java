package coop.poruka.cli;

import coop.poruka.app.DecideClaim;
import coop.poruka.app.FileClaim;
import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.Queries;
import coop.poruka.app.SettleClaim;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.Compensation;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "claim", mixinStandardHelpOptions = true, description = "File, decide, appeal, settle and list claims.",
        subcommands = {ClaimCommand.File.class, ClaimCommand.Vote.class, ClaimCommand.Appeal.class,
            ClaimCommand.Settle.class, ClaimCommand.ListClaims.class})
final class ClaimCommand {

    static LocalDate date(String s) {
        return s == null ? null : ExchangeCommand.Parse.date(s);
    }

    static UUID claimId(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandFailed("\"" + s + "\" is not a claim id; see the ids with 'poruka claim list'.");
        }
    }

    static String describe(Claim c, int d) {
        String where = c.atGeneralMeeting() ? "before the general meeting" : "panel " + String.join(", ", c.panel());
        return switch (c.status()) {
            case OPEN -> "open at level " + c.level() + ", " + where
                    + (c.deadline() == null ? "" : ", deadline " + c.deadline());
            case UPHELD -> "upheld at " + Amounts.format(c.decidedAmount(), d) + ", appeal until " + c.appealUntil();
            case REJECTED -> "rejected, appeal until " + c.appealUntil();
            case SETTLED -> "settled";
        };
    }

    @Command(name = "file", mixinStandardHelpOptions = true, description = "File a claim about one exchange; prints the claim id.")
    static final class File implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--claimant", required = true, paramLabel = "CODE")
        String claimant;
        @Option(names = "--respondent", required = true, paramLabel = "CODE")
        String respondent;
        @Option(names = "--exchange", required = true, paramLabel = "UUID", description = "The exchange (the leg between the two is found).")
        String exchange;
        @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "At most the value of the leg.")
        String amount;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What went wrong.")
        String text;
        @Option(names = "--both-sides", description = "The claimant's conduct is disputed too: both sides' guarantors decide.")
        boolean bothSides;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        String date;

        File(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            UUID x = ExchangeCommand.Parse.uuid(exchange);
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                var e = new FileClaim(store, ctx.clock()).run(new FileClaim.Request(claimant, respondent, x,
                        Amounts.parse(amount, d), text, bothSides, date(date)));
                spec.commandLine().getOut().println(e.claim());
            }
            return 0;
        }
    }

    @Command(name = "vote", mixinStandardHelpOptions = true,
            description = "A panelist's vote, or with --meeting the general meeting's decision.")
    static final class Vote implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--claim", required = true, paramLabel = "ID")
        String claim;

        static final class Who {
            @Option(names = "--by", required = true, paramLabel = "CODE", description = "The panelist.")
            String by;
            @Option(names = "--meeting", required = true, description = "The general meeting decides.")
            boolean meeting;
        }

        static final class How {
            @Option(names = "--uphold", required = true, paramLabel = "AMOUNT", description = "Uphold with this amount.")
            String uphold;
            @Option(names = "--reject", required = true, description = "Reject the claim.")
            boolean reject;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;
        @ArgGroup(exclusive = true, multiplicity = "1")
        How how;
        @Option(names = "--text", paramLabel = "TEXT", description = "The meeting's minutes (with --meeting).")
        String text;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        String date;

        Vote(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            UUID id = claimId(claim);
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                long amount = how.reject ? 0 : Amounts.parse(how.uphold, d);
                DecideClaim decide = new DecideClaim(store, ctx.clock());
                Claim c = who.meeting ? decide.meeting(id, amount, text == null ? "general meeting" : text, date(date))
                        : decide.vote(id, who.by, amount, date(date));
                spec.commandLine().getOut().println(c.id() + " " + describe(c, d));
            }
            return 0;
        }
    }

    @Command(name = "appeal", mixinStandardHelpOptions = true, description = "A party appeals the decision; the claim goes one level up.")
    static final class Appeal implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--claim", required = true, paramLabel = "ID")
        String claim;
        @Option(names = "--by", required = true, paramLabel = "CODE", description = "The claimant or the respondent.")
        String by;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        String date;

        Appeal(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            UUID id = claimId(claim);
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                Claim c = new DecideClaim(store, ctx.clock()).appeal(id, by, reason, date(date));
                spec.commandLine().getOut().println(c.id() + " " + describe(c, d));
            }
            return 0;
        }
    }

    @Command(name = "settle", mixinStandardHelpOptions = true,
            description = "Pay an upheld claim after the appeal interval: respondent, their deposit, then guarantors' deposits.")
    static final class Settle implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--claim", required = true, paramLabel = "ID")
        String claim;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        String date;

        Settle(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            UUID id = claimId(claim);
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                Compensation p = new SettleClaim(store, ctx.clock()).run(id, date(date));
                StringBuilder b = new StringBuilder("respondent " + Amounts.format(p.fromRespondent(), d)
                        + ", own deposit " + Amounts.format(p.fromOwnDeposit(), d));
                p.fromGuarantors().forEach((g, v) -> b.append(", ").append(g).append(' ').append(Amounts.format(v, d)));
                spec.commandLine().getOut().println(b);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every claim with where it stands.")
    static final class ListClaims implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--csv", description = "Print RFC 4180 CSV.")
        boolean csv;

        ListClaims(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                Output o = new Output(List.of("id", "claimant", "respondent", "amount", "status", "level", "deadline"),
                        false, false, false, true, false, true, false);
                for (Claim c : new GuarantorQueries(store).claims()) {
                    long shown = c.status().isOpen() ? c.amount() : c.decidedAmount();
                    o.row(c.id().toString(), c.claimant(), c.respondent(), Amounts.format(shown, d),
                            c.status().name().toLowerCase(Locale.ROOT), c.atGeneralMeeting() ? "meeting" : Integer.toString(c.level()),
                            c.deadline() == null || !c.status().isOpen() ? "" : c.deadline().toString());
                }
                o.print(spec.commandLine().getOut(), csv);
            }
            return 0;
        }
    }
}
