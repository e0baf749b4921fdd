package coop.poruka.cli;

import coop.poruka.app.InitLedger;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new co-op ledger.")
final class InitCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--coop", required = true, paramLabel = "NAME", description = "The co-op's name.")
    String coop;
    @Option(names = "--office", required = true, paramLabel = "CODE", description = "This office's code, e.g. ALM.")
    String office;
    @Option(names = "--office-name", required = true, paramLabel = "NAME", description = "This office's name.")
    String officeName;
    @Option(names = "--unit", defaultValue = "unit", paramLabel = "NAME", description = "Unit of account (default: ${DEFAULT-VALUE}).")
    String unit;
    @Option(names = "--symbol", defaultValue = "u", paramLabel = "S", description = "Unit symbol (default: ${DEFAULT-VALUE}).")
    String symbol;
    @Option(names = "--decimals", defaultValue = "2", paramLabel = "N", description = "Decimals of the unit, 0-4 (default: ${DEFAULT-VALUE}).")
    int decimals;

    InitCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CoopSettings settings = InitLedger.settings(coop, new Unit(unit, symbol, decimals), office, officeName);
        try (LedgerStore store = db.create(ctx)) {
            CoopSettings s = new InitLedger(store, ctx.clock()).run(settings);
            spec.commandLine().getOut().printf("Created the ledger of %s (office %s) at %s%n", s.name(), s.officeCode(),
                    store.location());
        }
        return 0;
    }
}
