package coop.poruka.cli;

import coop.poruka.app.Queries;
import coop.poruka.app.RecordExchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "exchange", mixinStandardHelpOptions = true, description = {
    "Record an exchange of one or more legs, all or nothing; prints its id.",
    "A trade has one leg, a swap two, a chain A->B->C->A three."})
final class ExchangeCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--leg", required = true, paramLabel = "SUPPLIER:RECEIVER:AMOUNT[:MEMO]",
            description = "One leg: the supplier is credited, the receiver debited.")
    List<String> legs;
    @Option(names = "--id", paramLabel = "UUID", description = "The exchange id; posting the same id again posts nothing.")
    String id;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Value date (default: today).")
    String date;
    @Option(names = "--override", paramLabel = "REASON", description = "Allow a credit limit to be broken, and say why.")
    String override;

    ExchangeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        UUID uuid = id == null ? null : Parse.uuid(id);
        LocalDate day = date == null ? null : Parse.date(date);
        try (LedgerStore store = db.open(ctx)) {
            int decimals = new Queries(store).settings().unit().decimals();
            List<Leg> parsed = legs.stream().map(l -> leg(l, decimals)).toList();
            RecordExchange.Result r = new RecordExchange(store, ctx.clock())
                    .run(new RecordExchange.Request(uuid, day, parsed, override));
            spec.commandLine().getOut().println(r.posted().exchange().id());
        }
        return 0;
    }

    static Leg leg(String text, int decimals) {
        String[] p = text.split(":", 4);
        if (p.length < 3) {
            throw new CommandFailed("The leg \"" + text + "\" should read SUPPLIER:RECEIVER:AMOUNT[:MEMO], such as ALM-0001:ALM-0002:40.");
        }
        return new Leg(p[0], p[1], Amounts.parse(p[2], decimals), p.length == 4 ? p[3] : "");
    }

    /** Parsing of ids and dates given on the command line. */
    static final class Parse {
        private Parse() {}

        static UUID uuid(String s) {
            try {
                return UUID.fromString(s.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandFailed("\"" + s + "\" is not an exchange id; an id looks like 3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b.");
            }
        }

        static LocalDate date(String s) {
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new CommandFailed("\"" + s + "\" is not a date; write it as YYYY-MM-DD, such as 2026-11-23.");
            }
        }
    }
}
