package coop.poruka.cli;

import coop.poruka.app.CloseMonth;
import coop.poruka.domain.ledger.EntryContent.PeriodClose;
import coop.poruka.domain.port.LedgerStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Close a month: record its trial balance and journal head; nothing can be dated into it afterwards.")
final class CloseCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to close.")
    String month;

    CloseCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (LedgerStore store = db.open(ctx)) {
            PeriodClose c = new CloseMonth(store, ctx.clock()).run(Months.parse(month));
            spec.commandLine().getOut().printf("Closed %s: trial balance of %d members, journal head %s%n", c.month(),
                    c.balances().size(), c.headSeq() == 0 ? "none" : "no. " + c.headSeq() + " " + c.headHash());
        }
        return 0;
    }
}
