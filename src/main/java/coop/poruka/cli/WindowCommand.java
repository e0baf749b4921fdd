package coop.poruka.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "window", mixinStandardHelpOptions = true, description = {
    "Open the window on a ledger. Without --db it opens the default ledger, and makes a demo co-op",
    "there first when there is none yet."})
final class WindowCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Mixin
    DbOption db;

    WindowCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        // Returns when the person closes the window.
        PlainWindow.open(ctx, db.db);
        return 0;
    }
}
