package coop.poruka.cli;

import coop.poruka.app.CreditConflicts;
import coop.poruka.app.ExportSync;
import coop.poruka.app.ImportSync;
import coop.poruka.domain.ledger.Fork;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true, description = {
    "Swap signed sync files with the co-op's other offices (docs/sync-format.md), so that every",
    "office ends up with the same books."},
        subcommands = {SyncCommand.Export.class, SyncCommand.Import.class, SyncCommand.Status.class,
            SyncCommand.Forks.class, SyncCommand.Conflicts.class, SyncBenchCommand.class})
final class SyncCommand {
    private SyncCommand() {}

    abstract static class Base implements Callable<Integer> {
        final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;

        Base(CliContext ctx) {
            this.ctx = ctx;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** The office key, opened with the keystore's password (asked for once). */
        static OfficeKey key(CliContext ctx, Path keystore) {
            return ctx.identity().open(keystore, ctx.password().get("Password of the keystore " + keystore, false));
        }
    }

    static final class Scope {
        @Option(names = "--all", description = "Everything this office holds.")
        boolean all;
        @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Everything recorded on or after the date.")
        LocalDate since;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Write a sync file: for an office, what it has not confirmed holding; or everything, or",
        "everything since a date."})
    static final class Export extends Base {
        @Mixin
        KeystoreOption keystore;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The sync file to write (.poruka-sync).")
        Path out;
        @Option(names = {"--for", "--to"}, paramLabel = "OFFICE", description = "The office the file is for, e.g. AST.")
        String office;
        @ArgGroup(exclusive = true)
        Scope scope;

        Export(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                OfficeKey key = key(ctx, keystore.resolve(store));
                ExportSync.Scope which = scope != null && scope.since != null ? new ExportSync.Scope.Since(scope.since)
                        : office == null || scope != null && scope.all ? new ExportSync.Scope.All()
                        : new ExportSync.Scope.For(CoopSettings.officeCode(office));
                ExportSync.Result r = new ExportSync(store, ctx.syncFiles(), ctx.clock()).run(out, key, which);
                out().println("Wrote " + Cli.count(r.entries(), "entry", "entries") + " to " + out.toAbsolutePath());
                r.ranges().forEach((o, range) -> out().println("  " + o + " " + span(range[0], range[1])));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Take in a sync file another office sent: all of it in one transaction, or nothing.",
        "With --dry-run, only say what it would add."})
    static final class Import extends Base {
        @Mixin
        KeystoreOption keystore;
        @Parameters(paramLabel = "FILE", description = "The sync file (.poruka-sync).")
        Path file;
        @Option(names = "--dry-run", description = "Check the file and show what it would add, changing nothing.")
        boolean dryRun;

        Import(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                OfficeKey key = key(ctx, keystore.resolve(store));
                ImportSync sync = new ImportSync(store, ctx.syncFiles(), ctx.clock());
                ImportSync.Preview p = dryRun ? sync.preview(file, key.ca()) : sync.run(file, key.ca());
                describe(out(), p, dryRun);
            }
            return 0;
        }
    }

    static void describe(PrintWriter out, ImportSync.Preview p, boolean dryRun) {
        out.println((dryRun ? "Would add " : "Added ") + Cli.count(p.added(), "entry", "entries")
                + " from the file of office " + p.from()
                + (dryRun ? " (nothing was changed)." : "."));
        p.offices().forEach((o, c) -> out.println("  " + o + ": " + c.added() + " new, " + c.held() + " already held"
                + (c.waiting() > 0 ? ", " + c.waiting() + " waiting" : "")));
        if (p.added() == 0 && p.confirmsMore()) {
            out.println("Office " + p.from() + " confirmed holding more of this office's books"
                    + (dryRun ? "; taking the file in records it, so the next file for it is smaller." : "; recorded."));
        }
        for (ImportSync.Gap g : p.gaps()) {
            boolean one = g.first() == g.last();
            out.println((one ? "Entry " : "Entries ") + span(g.first(), g.last()) + " from office " + g.office()
                    + (one ? " is" : " are") + " missing; the entries after " + (one ? "it" : "them")
                    + " wait until a file brings them.");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "What this office holds from each office, what each office confirmed, and forks.")
    static final class Status extends Base {
        Status(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                Map<String, Long> held = store.read(r -> r.heldByOffice());
                held.forEach((o, last) -> out().println(o + ": entries 1-" + last
                        + store.read(r -> confirmed(r.acknowledgedBy(o), held))));
                int forks = store.read(r -> r.forks()).size();
                out().println(forks == 0 ? "No forks." : forks + " fork(s): see \"sync forks\".");
            }
            return 0;
        }

        private static String confirmed(Map<String, Long> acks, Map<String, Long> held) {
            if (acks.isEmpty()) {
                return "";
            }
            List<String> each = new ArrayList<>();
            held.keySet().forEach(o -> {
                long last = acks.getOrDefault(o, 0L);
                each.add(last > 0 ? o + " 1-" + last : "none of " + o);
            });
            return "; it confirmed holding " + String.join(", ", each);
        }
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true, description = {
        "The conflicts board: members below their credit limit because offices posted at the same",
        "time, one line per exchange that crossed (CSV: member,balance,limit,office,seq,exchange,balance_after)."})
    static final class Conflicts extends Base {
        Conflicts(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                int decimals = new coop.poruka.app.Queries(store).settings().unit().decimals();
                List<CreditConflicts.Conflict> conflicts = new CreditConflicts(store).all();
                if (conflicts.isEmpty()) {
                    out().println("No credit-limit conflicts.");
                    return 0;
                }
                out().println("member,balance,limit,office,seq,exchange,balance_after");
                for (CreditConflicts.Conflict c : conflicts) {
                    for (CreditConflicts.Crossing x : c.crossings()) {
                        out().println(String.join(",", c.member(), Amounts.format(c.balance(), decimals),
                                Amounts.format(c.limit(), decimals), x.office(), Long.toString(x.seq()),
                                x.exchange().toString(), Amounts.format(x.balanceAfter(), decimals)));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "forks", mixinStandardHelpOptions = true, description = {
        "The forks seen in sync files: two different entries at the same place of an office's chain",
        "(a restored backup or tampering), for people to sort out."})
    static final class Forks extends Base {
        Forks(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                List<Fork> forks = store.read(r -> r.forks());
                if (forks.isEmpty()) {
                    out().println("No forks.");
                }
                for (Fork f : forks) {
                    out().println(f.seenAt() + " office " + f.office() + " entry " + f.seq() + ": held " + f.held().hex()
                            + ", file of office " + f.sender() + " has " + f.other().hex());
                }
            }
            return 0;
        }
    }

    /** Places in an office's chain: "120-180", or "120" for one. */
    private static String span(long first, long last) {
        return first == last ? Long.toString(first) : first + "-" + last;
    }
}
