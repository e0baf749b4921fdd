package coop.poruka.cli;

import coop.poruka.app.Queries;
import coop.poruka.app.SetRules;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.RulesChange;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "The co-op's rules for guarantees, limits and claims.",
        subcommands = {RulesCommand.Set.class})
final class RulesCommand {

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Record a change of the rules as the members decided it; unnamed rules stay as they are.")
    static final class Set implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--min-guarantors", paramLabel = "N", description = "Guarantors an active member needs to receive credit.")
        Integer minGuarantors;
        @Option(names = "--escalation-days", paramLabel = "N", description = "Days a panel has to decide, and a party to appeal.")
        Integer escalationDays;
        @Option(names = "--limit-rule", paramLabel = "RULE", description = "fixed or deposit-plus-guarantees.")
        String limitRule;
        @Option(names = "--limit-max", paramLabel = "AMOUNT", description = "The largest limit under deposit-plus-guarantees.")
        String limitMax;
        @Option(names = "--deposit-currency", paramLabel = "CUR", description = "A currency deposits may be kept in, such as KZT; with --unit-value, prices it (other currencies keep their value).")
        String currency;
        @Option(names = "--unit-value", paramLabel = "AMOUNT",
                description = "What one unit of account is worth in that currency (default: the value last set for it, else 1).")
        String unitValue;
        @Option(names = "--by", defaultValue = "general meeting", paramLabel = "TEXT", description = "Who decided (default: general meeting).")
        String by;
        @Option(names = "--reason", defaultValue = "no reason given", paramLabel = "TEXT", description = "Why; kept in the journal (default: ${DEFAULT-VALUE}).")
        String reason;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day it was decided (default: today).")
        String date;

        Set(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                int d = new Queries(store).settings().unit().decimals();
                Long value = unitValue == null ? null
                        : Amounts.parse(unitValue, CoopRules.currencyDecimals(currency == null ? "XXX" : currency));
                RulesChange c = new SetRules(store, ctx.clock()).run(new SetRules.Change(minGuarantors, escalationDays,
                        limitRule == null ? null : rule(limitRule), limitMax == null ? null : Amounts.parse(limitMax, d),
                        currency, value), by, reason, date == null ? null : ExchangeCommand.Parse.date(date));
                CoopRules r = c.rules();
                java.util.List<String> priced = new java.util.ArrayList<>();
                new coop.poruka.app.GuarantorQueries(store).book().unitValues().forEach((cur, v) -> priced.add(cur + " "
                        + Amounts.format(v, CoopRules.currencyDecimals(cur))));
                spec.commandLine().getOut().printf("min-guarantors %d, escalation-days %d, limit-rule %s, limit-max %s, "
                        + "deposit currencies (one unit is worth): %s%n", r.minGuarantors(), r.escalationDays(),
                        r.limitRule().cliName(), Amounts.format(r.limitMax(), d),
                        priced.isEmpty() ? "none" : String.join(", ", priced));
            }
            return 0;
        }

        private static LimitRule rule(String s) {
            return Arrays.stream(LimitRule.values()).filter(r -> r.cliName().equals(s.strip())).findFirst()
                    .orElseThrow(() -> new CommandFailed("The limit rule \"" + s
                            + "\" is not known; use fixed or deposit-plus-guarantees."));
        }
    }
}
