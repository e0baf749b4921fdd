package coop.poruka.cli;

import coop.poruka.app.ExportHledger;
import coop.poruka.app.ImportExchanges;
import coop.poruka.app.MakeDemo;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.Register;
import coop.poruka.app.VerifyLedger;
import coop.poruka.app.demo.DemoCoop;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The speed benchmark of docs/performance.md: builds a co-op of N members and M exchanges from
 * CSV, then measures single durable exchanges, balances and, when hledger is installed, hledger
 * on the same books. Every figure comes from this one run on this machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measure import rate, single exchange latency and balances time on a large co-op,",
    "and hledger on the same books when it is installed. Takes a few minutes at full size."})
final class BenchCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Option(names = "--members", defaultValue = "1000", description = "Members (default: ${DEFAULT-VALUE}).")
    int members;
    @Option(names = "--exchanges", defaultValue = "1000000", description = "Exchanges (default: ${DEFAULT-VALUE}).")
    long exchanges;
    @Option(names = "--samples", defaultValue = "1000", description = "Single exchanges timed (default: ${DEFAULT-VALUE}).")
    int samples;
    @Option(names = "--seed", defaultValue = "1998", description = "Seed of the generated co-op (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary folder, removed afterwards).")
    Path dir;
    @Option(names = "--hledger", defaultValue = "hledger", paramLabel = "COMMAND", description = "The hledger to compare with (default: ${DEFAULT-VALUE}).")
    String hledger;

    private PrintWriter out;

    BenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("poruka-bench") : Files.createDirectories(dir);
        Path ledger = work.resolve("bench.mv.db");
        if (Files.exists(ledger)) {
            throw new CommandFailed("The folder " + work + " already holds a benchmark ledger; remove it or choose another --dir.");
        }
        try {
            run(work, ledger);
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
        return 0;
    }

    private void run(Path work, Path ledger) throws Exception {
        DemoPlan plan = DemoPlan.of(seed, members, 12).withExchanges(exchanges);
        DemoCoop coop = new DemoCoop(plan, LocalDate.now(ctx.clock()));
        out.printf(Locale.ROOT, "Poruka benchmark: %,d members, %,d exchanges, %d cores, Java %s%n", members, exchanges,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        MachineCheck.print(out, "before", 42);

        Path csv = work.resolve("exchanges.csv");
        long t0 = System.nanoTime();
        writeCsv(coop, csv);
        report("write the exchanges CSV", t0, null);

        try (LedgerStore store = ctx.ledgers().open(ledger, true)) {
            new MakeDemo(store, ctx.clock()).run(plan.withExchanges(0), Progress.NONE);
            startClean();
            long start = System.nanoTime();
            long cpu0 = processCpuNanos();
            ImportExchanges.Result imported = new ImportExchanges(store, ctx.clock()).run(csv, Progress.NONE);
            double s = seconds(start);
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            // The CPU time tells what the import costs on a machine shared with other work.
            out.printf(Locale.ROOT, "%-42s %10.1f s   %,.0f exchanges/s (%,d imported; CPU %.1f s, %,.0f exchanges per CPU-second)%n",
                    "bulk import (CSV, one transaction)", s, imported.imported() / s, imported.imported(), cpu,
                    imported.imported() / cpu);
            out.flush();
        }

        // The clerk's day starts with the ledger opened afresh, not in the middle of an import.
        try (LedgerStore store = ctx.ledgers().open(ledger, false)) {
            latency(store, coop.members());

            Queries q = new Queries(store);
            q.members(); // warm up
            long b0 = System.nanoTime();
            int rounds = 20;
            for (int i = 0; i < rounds; i++) {
                q.members();
            }
            out.printf(Locale.ROOT, "%-42s %10.2f ms%n", "balances, in the running program", millis(b0) / rounds);

            register(store, coop.members());

            long v0 = System.nanoTime();
            VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
            report("verify (" + report.entries() + " entries" + (report.ok() ? ", OK" : ", FAILED") + ")", v0, null);

            long e0 = System.nanoTime();
            new ExportHledger(store, ctx.clock()).run(work.resolve("bench.journal"), Progress.NONE);
            report("export hledger journal", e0, null);
        }

        double porukaBalances = balancesCommand(ledger);
        out.printf(Locale.ROOT, "%-42s %10.2f s   (median of 5, JVM start included)%n", "poruka balances --csv, as a command",
                porukaBalances);
        hledgerBalances(work.resolve("bench.journal"), porukaBalances);
        MachineCheck.print(out, "after", 42);
        out.flush();
    }

    /** Writes the generated exchanges as an import file; reversals become plain rows with the reversed legs. */
    private static void writeCsv(DemoCoop coop, Path csv) throws IOException {
        int d = coop.settings().unit().decimals();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(ImportExchanges.HEADER);
            for (Iterator<Exchange> it = coop.exchanges(); it.hasNext(); ) {
                Exchange x = it.next();
                for (Leg leg : x.legs()) {
                    p.printRecord(x.id(), x.valueDate(), leg.supplier(), leg.receiver(), Amounts.format(leg.amount(), d),
                            leg.memo());
                }
            }
        }
    }

    /**
     * Posts single exchanges, each its own durable transaction, and reports the latency spread twice:
     * right after the ledger opened (200 not counted), while the JIT compiler still works on both
     * cores, and again once the program is warm (after 5,000 more), as through most of a clerk's day.
     */
    private void latency(LedgerStore store, List<Member> people) {
        RecordExchange record = new RecordExchange(store, ctx.clock());
        System.gc(); // the import's garbage belongs to the import, not to the clerk's next exchange
        int[] posted = {0};
        reportLatency("single durable exchange", post(record, people, posted, 200));
        reportLatency("single durable exchange, warm", post(record, people, posted, 5_000));
    }

    /** Posts {@code untimed} exchanges, then {@code samples} timed ones; their times, sorted. */
    private long[] post(RecordExchange record, List<Member> people, int[] posted, int untimed) {
        long[] nanos = new long[samples];
        for (int i = -untimed; i < samples; i++) {
            int n = posted[0]++;
            Member a = people.get(Math.floorMod(n * 7, people.size()));
            Member b = people.get(Math.floorMod(n * 7 + 1, people.size()));
            List<Leg> legs = List.of(n % 2 == 0 ? new Leg(a.code(), b.code(), 1, "bench") : new Leg(b.code(), a.code(), 1, "bench"));
            long start = System.nanoTime();
            // With an id of its own, as the counter posts: a retry must never post twice.
            record.run(new RecordExchange.Request(ExchangeIds.next(ctx.clock().instant()), null, legs, "benchmark"));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private void reportLatency(String what, long[] nanos) {
        out.printf(Locale.ROOT, "%-42s %10.2f ms p50   %.2f ms p99   %.2f ms max  (%d samples)%n",
                what, pct(nanos, 50), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, samples);
        out.flush();
    }

    /**
     * The register's lookups built once as the ledger opens (off the screen's thread in the
     * window), then the first page of one member's exchanges: median over several members.
     */
    private void register(LedgerStore store, List<Member> people) {
        Register register = new Register(store);
        long p0 = System.nanoTime();
        register.prepare();
        out.printf(Locale.ROOT, "%-42s %10.2f s%n", "register lookups built on opening", seconds(p0));
        int rounds = Math.min(21, people.size());
        long[] nanos = new long[rounds];
        for (int i = -5; i < rounds; i++) { // the first 5 warm the JIT and are not counted
            String code = people.get(Math.floorMod(i * 37 + 11, people.size())).code();
            long start = System.nanoTime();
            register.first(RegisterFilter.member(code));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "%-42s %10.2f ms median   %.2f ms max  (%d members, %d rows a page)%n",
                "register filtered by one member, first page", pct(nanos, 50), nanos[rounds - 1] / 1e6, rounds, Register.PAGE);
        out.flush();
    }

    /**
     * A measured step starts from a collected heap. Left with the garbage of the set-up before it
     * (the generated co-op, the other office's bulk import), the heap sometimes grew during the
     * step, and the step's own thread spent up to 2 s more in the kernel on the same work, most
     * likely first touching the new memory (docs/performance.md); the figures said more about that
     * than about the step.
     */
    static void startClean() {
        System.gc();
    }

    /** CPU time of this whole program so far, every thread included (JIT and collector too). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** `poruka balances --csv` in a fresh JVM, as a script would run it. */
    private double balancesCommand(Path ledger) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), "coop.poruka.Launcher", "balances",
                "--csv", "--db", ledger.toString());
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = timeProcess(cmd);
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private void hledgerBalances(Path journal, double porukaSeconds) throws Exception {
        List<String> cmd = List.of(hledger, "-f", journal.toString(), "bal", "--flat");
        double s;
        try {
            s = timeProcess(cmd);
        } catch (IOException notInstalled) {
            out.println("hledger bal: not measured (hledger is not installed; apt-get install hledger)");
            return;
        }
        out.printf(Locale.ROOT, "%-42s %10.2f s   poruka balances is %.0fx faster%n", "hledger bal --flat, same books", s,
                s / porukaSeconds);
    }

    private static double timeProcess(List<String> cmd) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new CommandFailed("The benchmark step '" + String.join(" ", cmd.subList(0, 2)) + " ...' failed (exit "
                    + (p.isAlive() ? "timeout" : p.exitValue()) + ").");
        }
        return seconds(start);
    }

    private void report(String what, long start, String extra) {
        out.printf(Locale.ROOT, "%-42s %10.1f s%s%n", what, seconds(start), extra == null ? "" : "   " + extra);
        out.flush();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
