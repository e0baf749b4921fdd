package coop.poruka.cli;

import coop.poruka.app.EscalateClaims;
import coop.poruka.app.Exposure;
import coop.poruka.app.GuarantorBenchCoop;
import coop.poruka.app.VerifyLedger;
import coop.poruka.app.Progress;
import coop.poruka.domain.port.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The guarantor system's speed targets of docs/performance.md: builds a co-op whose members
 * form a guarantor tree of the given depth, with open claims, then times the exposure of every
 * guarantor and escalation runs that each move every open claim one level up.
 */
@Command(name = "bench-guarantors", mixinStandardHelpOptions = true, description = {
    "Measure exposure of every guarantor and 'claims escalate' on a large co-op",
    "with a deep guarantor tree and many open claims (median of several runs)."})
final class BenchGuarantorsCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Option(names = "--members", defaultValue = "10000", description = "Members (default: ${DEFAULT-VALUE}).")
    int members;
    @Option(names = "--depth", defaultValue = "8", description = "Levels of the guarantor tree (default: ${DEFAULT-VALUE}).")
    int depth;
    @Option(names = "--claims", defaultValue = "1000", description = "Open claims (default: ${DEFAULT-VALUE}).")
    int claims;
    @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each measure (default: ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--seed", defaultValue = "1998", description = "Seed of the claims (default: ${DEFAULT-VALUE}).")
    long seed;

    BenchGuarantorsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        if (members < 2 || depth < 2 || claims < 0 || runs < 1) {
            throw new CommandFailed("Give at least 2 members, a depth of at least 2, no negative claims and at least 1 run.");
        }
        if (depth > members) {
            throw new CommandFailed("A tree " + depth + " levels deep needs at least " + depth + " members; give more --members or less --depth.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("poruka-bench-guarantors");
        try (LedgerStore store = ctx.ledgers().open(work.resolve("bench.mv.db"), true)) {
            long t0 = System.nanoTime();
            GuarantorBenchCoop.Shape shape = new GuarantorBenchCoop(store, ctx.clock()).build(members, depth, claims, seed);
            out.printf(Locale.ROOT, "Poruka guarantor benchmark: %,d members, tree %d levels deep (%d vouched for per guarantor), "
                    + "%,d guarantees, %,d open claims; %d cores, Java %s%n", shape.members(), shape.depth(), shape.branching(),
                    shape.guarantees(), shape.claims(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            out.printf(Locale.ROOT, "%-44s %9.1f s%n", "build the co-op", (System.nanoTime() - t0) / 1e9);
            out.flush();

            Exposure exposure = new Exposure(store);
            exposure.all(); // warms the JIT: the window computes it more than once in a day
            long[] nanos = new long[runs];
            int guarantors = 0;
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                guarantors = exposure.all().size();
                nanos[i] = System.nanoTime() - s;
            }
            line(out, "exposure of every guarantor (" + guarantors + ")", nanos, "");

            // Each run is dated one escalation interval later, so it moves every claim not yet at
            // the general meeting exactly one more level up: the same work each time.
            EscalateClaims escalate = new EscalateClaims(store, ctx.clock());
            StringBuilder moved = new StringBuilder();
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                int n = escalate.run(GuarantorBenchCoop.escalationDay(i + 1)).size();
                nanos[i] = System.nanoTime() - s;
                moved.append(i == 0 ? "" : ", ").append(n);
            }
            line(out, "claims escalate, one level each", nanos, "  claims moved per run: " + moved);

            VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
            out.printf(Locale.ROOT, "verify afterwards: %s (%,d entries)%n", report.ok() ? "OK" : "FAILED", report.entries());
            out.flush();
            return report.ok() ? 0 : 1;
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    private void line(PrintWriter out, String what, long[] nanos, String extra) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        List<String> all = Arrays.stream(nanos).mapToObj(n -> String.format(Locale.ROOT, "%.2f", n / 1e9)).toList();
        out.printf(Locale.ROOT, "%-44s %9.2f s median   (runs: %s s)%s%n", what, sorted[sorted.length / 2] / 1e9,
                String.join(", ", all), extra);
        out.flush();
    }
}
