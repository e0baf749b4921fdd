package coop.poruka.cli;

import coop.poruka.app.ReverseExchange;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.port.LedgerStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reverse", mixinStandardHelpOptions = true, description = "Correct an exchange with a reversal that runs it backwards; prints the reversal's id.")
final class ReverseCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--id", required = true, paramLabel = "UUID", description = "The exchange to reverse.")
    String id;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is corrected.")
    String reason;

    ReverseCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (LedgerStore store = db.open(ctx)) {
            PostedExchange p = new ReverseExchange(store, ctx.clock()).run(ExchangeCommand.Parse.uuid(id), reason);
            spec.commandLine().getOut().println(p.exchange().id());
        }
        return 0;
    }
}
