package coop.poruka.cli;

import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.MoveDeposit;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.Deposit;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "deposit", mixinStandardHelpOptions = true,
        description = "Deposits: money in its own currency, held at a depository, to compensate defective exchanges.",
        subcommands = {DepositCommand.Place.class, DepositCommand.Topup.class, DepositCommand.Return.class,
            DepositCommand.ListDeposits.class})
final class DepositCommand {

    /** The options place, topup and return share; each names its action. */
    abstract static class Move implements Callable<Integer> {
        private final CliContext ctx;
        private final DepositAction action;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--member", required = true, paramLabel = "CODE")
        String member;
        @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Money, in the currency's decimals.")
        String amount;
        @Option(names = "--currency", required = true, paramLabel = "CUR", description = "Such as KZT or EUR.")
        String currency;
        @Option(names = "--held-at", paramLabel = "TEXT", description = "Bank and account reference (needed to place).")
        String heldAt;
        @Option(names = "--what", paramLabel = "TEXT", description = "What is deposited, when it is not plain money.")
        String what;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        String date;

        Move(CliContext ctx, DepositAction action) {
            this.ctx = ctx;
            this.action = action;
        }

        @Override
        public Integer call() {
            String cur = CoopRules.currency(currency);
            int d = CoopRules.currencyDecimals(cur);
            try (LedgerStore store = db.open(ctx)) {
                DepositMovement m = new MoveDeposit(store, ctx.clock()).run(new MoveDeposit.Request(member, action,
                        Amounts.parse(amount, d), cur, heldAt, what, date == null ? null : ExchangeCommand.Parse.date(date)));
                Deposit now = new GuarantorQueries(store).book().deposit(m.member(), cur).orElseThrow();
                spec.commandLine().getOut().println(m.member() + " deposit holds " + Amounts.format(now.held(), d) + " " + cur);
            }
            return 0;
        }
    }

    @Command(name = "place", mixinStandardHelpOptions = true, description = "Place a member's deposit.")
    static final class Place extends Move {
        Place(CliContext ctx) {
            super(ctx, DepositAction.PLACE);
        }
    }

    @Command(name = "topup", mixinStandardHelpOptions = true, description = "Add to a member's deposit.")
    static final class Topup extends Move {
        Topup(CliContext ctx) {
            super(ctx, DepositAction.TOPUP);
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true,
            description = "Give (part of) a deposit back; refused while a claim or guarantee depends on it.")
    static final class Return extends Move {
        Return(CliContext ctx) {
            super(ctx, DepositAction.RETURN);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The deposits register.")
    static final class ListDeposits implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--csv", description = "Print RFC 4180 CSV.")
        boolean csv;

        ListDeposits(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                Output o = new Output(List.of("member", "currency", "held", "placed", "drawn", "returned", "held_at"),
                        false, false, true, true, true, true, false);
                for (Deposit x : new GuarantorQueries(store).deposits()) {
                    int d = CoopRules.currencyDecimals(x.currency());
                    o.row(x.member(), x.currency(), Amounts.format(x.held(), d), Amounts.format(x.placed(), d),
                            Amounts.format(x.drawn(), d), Amounts.format(x.returned(), d), x.heldAt());
                }
                o.print(spec.commandLine().getOut(), csv);
            }
            return 0;
        }
    }
}
