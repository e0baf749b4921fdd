package coop.poruka.cli;

import coop.poruka.app.EscalateClaims;
import coop.poruka.domain.port.LedgerStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "claims", mixinStandardHelpOptions = true, description = "Work on all claims at once.",
        subcommands = {ClaimsCommand.Escalate.class})
final class ClaimsCommand {

    @Command(name = "escalate", mixinStandardHelpOptions = true,
            description = "Move every claim whose deadline passed before the date one level up (as often as due).")
    static final class Escalate implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD")
        String asOf;

        Escalate(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            var day = ExchangeCommand.Parse.date(asOf);
            try (LedgerStore store = db.open(ctx)) {
                var done = new EscalateClaims(store, ctx.clock()).run(day);
                done.forEach(e -> spec.commandLine().getOut().println(e.claim() + " level " + e.level()
                        + (e.panel().isEmpty() ? " general meeting" : " panel " + String.join(",", e.panel()))));
                spec.commandLine().getOut().println(done.size() + " escalation(s)");
            }
            return 0;
        }
    }
}
