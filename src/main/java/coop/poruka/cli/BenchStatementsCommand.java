package coop.poruka.cli;

import coop.poruka.app.OfficeCertificates;
import coop.poruka.app.StatementBench;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerStore;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The signed statements' speed targets of docs/performance.md: a month of one-page statements for
 * every member of a demo co-op, and one statement of a thousand pages, with wall and CPU time and
 * the peak heap of each.
 */
@Command(name = "bench-statements", mixinStandardHelpOptions = true, description = {
    "Measure signed statements: every member's statement of last month in a demo co-op",
    "(statements per second, per CPU-second, peak heap), then one statement of --pages pages.",
    "Run it with -Xmx256m to check the heap targets (java -Xmx256m -jar poruka.jar bench-statements)."})
final class BenchStatementsCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Option(names = "--members", defaultValue = "10000", description = "Members of the demo co-op (default: ${DEFAULT-VALUE}).")
    int members;
    @Option(names = "--seed", defaultValue = "3", description = "Seed of the demo co-op (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--pages", defaultValue = "1000",
            description = "Pages of the long statement; 0 leaves it out (default: ${DEFAULT-VALUE}).")
    int pages;
    @Option(names = "--db", paramLabel = "PATH", description = {
        "Keep the demo ledger (and a bench keystore beside it) here and reuse it on the next run;",
        "by default it is made in a temporary folder and deleted."})
    Path db;

    BenchStatementsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        if (members < 2 || pages < 0) {
            throw new CommandFailed("Give at least 2 members and no negative number of pages.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("poruka-bench-statements");
        Path ledger = db != null ? ctx.ledgers().resolve(db) : work.resolve("bench.mv.db");
        try (LedgerStore store = ctx.ledgers().open(ledger, true)) {
            StatementBench bench = new StatementBench(store, ctx.identity(), ctx.documents(), ctx.clock());
            long t0 = System.nanoTime();
            boolean made = bench.makeDemoIfEmpty(DemoPlan.of(seed, members, 2));
            Documents signed = bench.signed(OfficeCertificates.besideLedger(ledger));
            YearMonth month = bench.month();
            out.printf(Locale.ROOT, "Poruka statements benchmark: demo co-op of %,d members (%s), month %s; %d cores, "
                    + "max heap %d MB, Java %s%n", members, made ? String.format(Locale.ROOT, "made in %.1f s",
                    (System.nanoTime() - t0) / 1e9) : "reused " + ledger, month,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
            out.printf(Locale.ROOT, "load average before: %.2f%n", load());
            out.flush();

            StatementBench.Run batch = bench.batch(signed, month, work.resolve("statements"));
            out.printf(Locale.ROOT, "signed statements            %,7d in %6.1f s: %6.1f per second, %6.1f per CPU-second "
                    + "(CPU %.1f s), peak heap %d MB; %s%n", batch.documents(), batch.seconds(), batch.perSecond(),
                    batch.perCpuSecond(), batch.cpuSeconds(), batch.peakHeapBytes() >> 20, verdict(batch));
            out.flush();
            if (pages > 0) {
                StatementBench.Run one = bench.longStatement(signed, pages, work.resolve("long-statement.pdf"));
                out.printf(Locale.ROOT, "one statement of %,d postings, %,d pages: %.1f s (CPU %.1f s), peak heap %d MB; %s%n",
                        pages * 24, pages, one.seconds(), one.cpuSeconds(), one.peakHeapBytes() >> 20, verdict(one));
            }
            out.printf(Locale.ROOT, "load average after: %.2f%n", load());
            out.flush();
            return batch.check() == null || batch.check().valid() ? 0 : 1;
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    private static String verdict(StatementBench.Run run) {
        if (run.check() == null) {
            return "nothing written";
        }
        return run.check().valid() && run.check().wholeDocument() ? "signature valid, whole document signed"
                : "signature NOT valid: " + run.check().problem();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
