package coop.poruka.cli;

import coop.poruka.app.ExportSync;
import coop.poruka.app.ImportSync;
import coop.poruka.app.MakeDemo;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.app.Progress;
import coop.poruka.app.VerifyLedger;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.LedgerStore;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measure sync: a founding office with the demo co-op exports everything, a second office",
    "joins from that file (every signature, hash and link checked, then applied); rates and file size."})
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

    SyncBenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** CPU time of this thread: on a shared machine the wall time says more about the others. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void cpuLine(PrintWriter out, double cpuSeconds, long entries) {
        out.printf(Locale.ROOT, "%-40s %8.1f s   %,.0f entries per CPU second%n", "  of which CPU time (this thread)",
                cpuSeconds, entries / cpuSeconds);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("poruka-sync-bench");
        // Throwaway keystores of a throwaway co-op: a random password nobody needs to know.
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        char[] password = Base64.getEncoder().encodeToString(secret).toCharArray();
        OfficeCertificates certificates = new OfficeCertificates(ctx.identity(), ctx.clock());
        try {
            Path founderLedger = work.resolve("alm.mv.db");
            Path founderKeys = work.resolve("alm.p12");
            Path file = work.resolve("all.poruka-sync");
            long entries;
            double exportSeconds;
            double exportCpu;
            try (LedgerStore store = ctx.ledgers().open(founderLedger, true)) {
                new MakeDemo(store, ctx.clock()).run(DemoPlan.of(seed, members, 12).withExchanges(exchanges), Progress.NONE);
                certificates.found(store, founderKeys, password);
                certificates.request(work.resolve("new.p12"), password, "NEW", "New office", work.resolve("new.csr"));
                certificates.issue(store, founderKeys, password, work.resolve("new.csr"), work.resolve("new.crt"));
                certificates.accept(work.resolve("new.p12"), password, work.resolve("new.crt"));
                OfficeKey key = ctx.identity().open(founderKeys, password);
                long t0 = System.nanoTime();
                long c0 = cpu();
                entries = new ExportSync(store, ctx.syncFiles(), ctx.clock()).run(file, key, new ExportSync.Scope.All())
                        .entries();
                exportSeconds = (System.nanoTime() - t0) / 1e9;
                exportCpu = (cpu() - c0) / 1e9;
            }
            out.printf(Locale.ROOT, "Poruka sync benchmark: %,d members, %,d exchanges, %d cores, Java %s%n", members,
                    exchanges, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            out.printf(Locale.ROOT, "%-40s %8.1f s   %,.0f entries/s (%,d entries)%n", "export everything (signed)",
                    exportSeconds, entries / exportSeconds, entries);
            cpuLine(out, exportCpu, entries);
            long size = Files.size(file);
            out.printf(Locale.ROOT, "%-40s %8.1f MB   %.1f MB per 100,000 entries%n", "sync file", size / 1e6,
                    size / 1e6 * 100_000 / entries);
            try (LedgerStore store = ctx.ledgers().open(work.resolve("new.mv.db"), true)) {
                OfficeKey key = ctx.identity().open(work.resolve("new.p12"), password);
                long t0 = System.nanoTime();
                long c0 = cpu();
                int added = new ImportSync(store, ctx.syncFiles(), ctx.clock()).join(file, key).added();
                double s = (System.nanoTime() - t0) / 1e9;
                double c = (cpu() - c0) / 1e9;
                out.printf(Locale.ROOT, "%-40s %8.1f s   %,.0f entries/s (%,d entries)%n",
                        "join = import: check and apply (one tx)", s, added / s, added);
                cpuLine(out, c, added);
                VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
                out.println("verify of the joined ledger: " + (report.ok() ? "OK" : report.problems().get(0).getMessage()));
            }
            out.flush();
        } finally {
            BenchCommand.deleteTree(work);
        }
        return 0;
    }
}
