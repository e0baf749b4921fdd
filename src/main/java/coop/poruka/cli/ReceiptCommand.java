package coop.poruka.cli;

import coop.poruka.app.PrintReceipt;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Write the receipt of one exchange as a PDF file signed by the office; prints the file's path.")
final class ReceiptCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Mixin
    KeystoreOption keystore;
    @Option(names = "--id", required = true, paramLabel = "UUID", description = "The exchange.")
    String id;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write (replaced if it exists).")
    Path out;
    @Mixin
    LanguageOption language;

    ReceiptCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Locale locale = language.locale();
        try (LedgerStore store = db.open(ctx)) {
            new PrintReceipt(store, keystore.signing(ctx, store), ctx.clock()).run(ExchangeCommand.Parse.uuid(id), out, locale);
        }
        spec.commandLine().getOut().println(out.toAbsolutePath());
        return 0;
    }
}
