package coop.poruka.cli;

import coop.poruka.app.MakeDemo;
import coop.poruka.app.Progress;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.port.LedgerStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
    "Create a demo co-op in a new ledger: members with Russian, Kazakh and English names and",
    "months of trades, swaps, chains and a few reversals up to today, all within the credit limits,",
    "a guarantor tree five levels deep, deposits, and claims at every stage.",
    "The same seed always makes the same co-op."})
final class DemoCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--members", paramLabel = "N", defaultValue = "" + DemoPlan.DEFAULT_MEMBERS,
            description = "How many members (default: ${DEFAULT-VALUE}).")
    int members;
    @Option(names = "--months", paramLabel = "M", defaultValue = "" + DemoPlan.DEFAULT_MONTHS,
            description = "How many months of exchanges, ending today (default: ${DEFAULT-VALUE}).")
    int months;
    @Option(names = "--exchanges", paramLabel = "N",
            description = "How many exchanges (default: about three per member per month).")
    Long exchanges;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoPlan.DEFAULT_SEED,
            description = "Seed of the made-up data (default: ${DEFAULT-VALUE}).")
    long seed;

    DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        // Checked before the ledger file is created, so a bad number leaves nothing behind.
        DemoPlan plan = DemoPlan.of(seed, members, months);
        if (exchanges != null) {
            plan = plan.withExchanges(exchanges);
        }
        try (LedgerStore store = db.create(ctx)) {
            MakeDemo.Result r = new MakeDemo(store, ctx.clock()).run(plan, Progress.NONE);
            spec.commandLine().getOut().printf("Created the demo co-op %s (office %s) at %s: %d members, "
                    + "%d exchanges of which %d reversals; %d guarantees, %d deposits, %d claims.%n", r.settings().name(),
                    r.settings().officeCode(), store.location(), r.members(), r.exchanges(), r.reversals(),
                    r.guarantees(), r.deposits(), r.claims());
        }
        return 0;
    }
}
