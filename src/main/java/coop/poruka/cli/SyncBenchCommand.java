package coop.poruka.cli;

import coop.poruka.app.ExportSync;
import coop.poruka.app.ImportExchanges;
import coop.poruka.app.ImportSync;
import coop.poruka.app.MakeDemo;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.app.Progress;
import coop.poruka.app.VerifyLedger;
import coop.poruka.app.demo.DemoCoop;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.LedgerStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measure sync: a founding office with the demo co-op exports everything, a second office",
    "joins from that file (every signature, hash and link checked, then applied); then the second",
    "office records as many exchanges of its own and the founding office takes them in; rates and file size."})
final class SyncBenchCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Option(names = "--exchanges", defaultValue = "100000", description = "Exchanges (default: ${DEFAULT-VALUE}).")
    long exchanges;
    @Option(names = "--members", defaultValue = "1000", description = "Members (default: ${DEFAULT-VALUE}).")
    int members;
    @Option(names = "--seed", defaultValue = "1998", description = "Seed of the generated co-op (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--dir", paramLabel = "DIR", description = {
        "Work folder, kept afterwards so the import can be timed again as a command (default: a new",
        "temporary folder, removed afterwards). Its keystores take the password from PORUKA_KEYSTORE_PASSWORD",
        "or the console."})
    Path dir;
    @Option(names = "--random-ids", description = {
        "Give the second office's exchanges random ids, as a CSV from another system may, instead of",
        "the time-ordered ids the program gives the exchanges it records."})
    boolean randomIds;

    SyncBenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /**
     * CPU time so far of this thread (the one applying) and of the whole program (the reading and
     * decoding also run on other cores): on a shared machine the wall time says more about the others.
     */
    private record Cpu(long thread, long program) {
        static Cpu now() {
            return new Cpu(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), BenchCommand.processCpuNanos());
        }

        /** The CPU time spent from {@code this} until now. */
        Cpu spent() {
            Cpu now = now();
            return new Cpu(now.thread - thread, now.program - program);
        }
    }

    private static void rateLine(PrintWriter out, String what, double seconds, long entries) {
        out.printf(Locale.ROOT, "%-40s %8.1f s   %,.0f entries/s (%,d entries)%n", what, seconds, entries / seconds, entries);
    }

    private static void cpuLine(PrintWriter out, Cpu spent, long entries) {
        double thread = spent.thread() / 1e9;
        double program = spent.program() / 1e9;
        out.printf(Locale.ROOT, "%-40s %8.1f s   %,.0f entries per CPU second; all threads %.1f s%n",
                "  CPU time of this thread", thread, entries / thread, program);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("poruka-sync-bench") : Files.createDirectories(dir);
        if (Files.exists(work.resolve("alm.mv.db"))) {
            throw new CommandFailed("The folder " + work + " already holds a benchmark ledger; remove it or choose another --dir.");
        }
        char[] password = temporary ? throwawayPassword() : ctx.password().get("Password of the benchmark's keystores", true);
        OfficeCertificates certificates = new OfficeCertificates(ctx.identity(), ctx.clock());
        try {
            Path founderLedger = work.resolve("alm.mv.db");
            Path founderKeys = work.resolve("alm.p12");
            Path file = work.resolve("all.poruka-sync");
            Path back = work.resolve("back.poruka-sync");
            X509Certificate founderCa;
            long entries;
            double exportSeconds;
            Cpu exportCpu;
            try (LedgerStore store = ctx.ledgers().open(founderLedger, true)) {
                new MakeDemo(store, ctx.clock()).run(DemoPlan.of(seed, members, 12).withExchanges(exchanges), Progress.NONE);
                certificates.found(store, founderKeys, password);
                certificates.request(work.resolve("new.p12"), password, "NEW", "New office", work.resolve("new.csr"));
                certificates.issue(store, founderKeys, password, work.resolve("new.csr"), work.resolve("new.crt"));
                certificates.accept(work.resolve("new.p12"), password, work.resolve("new.crt"));
                OfficeKey key = ctx.identity().open(founderKeys, password);
                founderCa = key.ca();
                BenchCommand.startClean();
                long t0 = System.nanoTime();
                Cpu c0 = Cpu.now();
                entries = new ExportSync(store, ctx.syncFiles(), ctx.clock()).run(file, key, new ExportSync.Scope.All())
                        .entries();
                exportSeconds = (System.nanoTime() - t0) / 1e9;
                exportCpu = c0.spent();
            }
            out.printf(Locale.ROOT, "Poruka sync benchmark: %,d members, %,d exchanges, %d cores, Java %s%n", members,
                    exchanges, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            MachineCheck.print(out, "before", 40);
            rateLine(out, "export everything (signed)", exportSeconds, entries);
            cpuLine(out, exportCpu, entries);
            long size = Files.size(file);
            out.printf(Locale.ROOT, "%-40s %8.1f MB   %.1f MB per 100,000 entries%n", "sync file", size / 1e6,
                    size / 1e6 * 100_000 / entries);
            try (LedgerStore store = ctx.ledgers().open(work.resolve("new.mv.db"), true)) {
                OfficeKey key = ctx.identity().open(work.resolve("new.p12"), password);
                measured(out, "join = import: check and apply (one tx)",
                        () -> new ImportSync(store, ctx.syncFiles(), ctx.clock()).join(file, key).added());
                verifyLine(out, store, "the joined ledger");
                // The second office's own work, brought in bulk (not measured): trades between the
                // founding office's members, back and forth so no limit is reached.
                Path csv = work.resolve("new-work.csv");
                writeTrades(store, csv, exchanges);
                new ImportExchanges(store, ctx.clock()).run(csv, Progress.NONE);
                measured(out, "export of its own work for the founder", () -> new ExportSync(store, ctx.syncFiles(),
                        ctx.clock()).run(back, key, new ExportSync.Scope.For(DemoCoop.OFFICE_CODE)).entries());
            }
            if (!temporary) {
                Files.copy(founderLedger, work.resolve("alm-before.mv.db"));
            }
            // A working office takes in the other office's work: every entry lands after this
            // office's own, so each also gets its place in its office's chain written (decision 0024).
            try (LedgerStore store = ctx.ledgers().open(founderLedger, false)) {
                measured(out, "import at a working office (one tx)",
                        () -> new ImportSync(store, ctx.syncFiles(), ctx.clock()).run(back, founderCa).added());
                verifyLine(out, store, "the founding office's ledger");
            }
            MachineCheck.print(out, "after", 40);
            if (!temporary) {
                out.println("The founding office's ledger before the import is kept; to time the import as a command:");
                out.println("  cp " + work.resolve("alm-before.mv.db") + " " + work.resolve("t.mv.db") + " && time poruka sync import --db "
                        + work.resolve("t.mv.db") + " --keystore " + founderKeys + " " + back);
            }
            out.flush();
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(work);
            }
        }
        return 0;
    }

    /** Throwaway keystores of a throwaway co-op: a random password nobody needs to know. */
    private static char[] throwawayPassword() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret).toCharArray();
    }

    /** Runs one measured step (it returns how many entries it handled) and prints its rate and CPU time. */
    private static void measured(PrintWriter out, String what, LongSupplier step) {
        BenchCommand.startClean();
        long t0 = System.nanoTime();
        Cpu c0 = Cpu.now();
        long entries = step.getAsLong();
        rateLine(out, what, (System.nanoTime() - t0) / 1e9, entries);
        cpuLine(out, c0.spent(), entries);
    }

    private static void verifyLine(PrintWriter out, LedgerStore store, String which) {
        VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
        out.println("verify of " + which + ": " + (report.ok() ? "OK" : report.problems().get(0).getMessage()));
    }

    /**
     * Trades of one unit between pairs of the ledger's members, each pair back and forth, among
     * active members with a unit of credit to spare, so that none is refused.
     */
    private void writeTrades(LedgerStore store, Path csv, long count) throws IOException {
        List<Member> people = store.read(r -> {
            Map<String, Long> balances = r.balancesFromPostings();
            long unit = BigInteger.TEN.pow(r.settings().orElseThrow().unit().decimals()).longValueExact();
            return r.members().stream().filter(m -> m.status().mayReceiveCredit()
                    && balances.getOrDefault(m.code(), 0L) - unit >= -m.creditLimit()).toList();
        });
        String today = LocalDate.now(ctx.clock()).toString();
        // Recorded one a millisecond up to now, as a busy counter would: ids in the order they were made.
        long firstMilli = ctx.clock().millis() - count;
        java.util.Random rnd = new java.util.Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(ImportExchanges.HEADER);
            for (long i = 0; i < count; i++) {
                Member a = people.get((int) ((i / 2 * 7) % people.size()));
                Member b = people.get((int) ((i / 2 * 7 + 1) % people.size()));
                boolean forth = i % 2 == 0;
                p.printRecord(randomIds ? UUID.randomUUID() : ExchangeIds.of(firstMilli + i, rnd), today, forth ? a.code() : b.code(), forth ? b.code() : a.code(), "1",
                        "bench");
            }
        }
    }
}
