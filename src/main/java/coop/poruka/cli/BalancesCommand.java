package coop.poruka.cli;

import coop.poruka.app.Queries;
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

@Command(name = "balances", mixinStandardHelpOptions = true, description = "Every member's balance and credit limit (supplied minus received).")
final class BalancesCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--csv", description = "Print CSV with header code,name,balance,limit.")
    boolean csv;

    BalancesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (LedgerStore store = db.open(ctx)) {
            Queries q = new Queries(store);
            int d = q.settings().unit().decimals();
            Output o = new Output(List.of("code", "name", "balance", "limit"), false, false, true, true);
            for (Member m : q.members()) {
                o.row(m.code(), m.name(), Amounts.format(m.balance(), d), Amounts.format(m.creditLimit(), d));
            }
            o.print(spec.commandLine().getOut(), csv);
        }
        return 0;
    }
}
