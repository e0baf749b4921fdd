package coop.poruka.app;

import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.document.SignatureCheck;
import coop.poruka.domain.document.Statement;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.OfficeIdentity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The signed statements' speed targets of docs/performance.md: every member's statement of a month
 * of the demo co-op, signed, and one statement long enough for a thousand pages, each with the
 * time, the CPU time of the whole program and the peak heap it took.
 */
public final class StatementBench {
    /** The bench ledger's keystore password: the keystore is made for the bench and thrown away with it. */
    private static final char[] PASSWORD = "bench-statements".toCharArray();
    /** Postings a page of the statement holds (one line each, memo under it). */
    private static final int POSTINGS_PER_PAGE = 24;

    private final LedgerStore store;
    private final OfficeIdentity identity;
    private final Documents documents;
    private final Clock clock;

    public StatementBench(LedgerStore store, OfficeIdentity identity, Documents documents, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.documents = documents;
        this.clock = clock;
    }

    /** What one measured run took. */
    public record Run(int documents, long pages, long wallNanos, long cpuNanos, long peakHeapBytes,
            SignatureCheck check) {
        public double seconds() {
            return wallNanos / 1e9;
        }

        public double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        public double perSecond() {
            return documents / seconds();
        }

        public double perCpuSecond() {
            return documents / cpuSeconds();
        }
    }

    /** Makes the demo co-op in the (empty) ledger, unless it already holds books. */
    public boolean makeDemoIfEmpty(DemoPlan plan) {
        MakeDemo demo = new MakeDemo(store, clock);
        if (!demo.ledgerIsEmpty()) {
            return false;
        }
        demo.run(plan, Progress.NONE);
        return true;
    }

    /** The office's signed documents: founds the co-op CA in {@code keystore} first if it is not there. */
    public Documents signed(Path keystore) {
        OfficeCertificates certificates = new OfficeCertificates(identity, clock);
        if (!Files.exists(keystore)) {
            certificates.found(store, keystore, PASSWORD.clone());
        }
        return certificates.signing(documents, keystore, PASSWORD.clone());
    }

    /** The month the batch prints: the last one that has ended. */
    public YearMonth month() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /** Every member's statement of {@code month} into {@code out}, signed. */
    public Run batch(Documents signed, YearMonth month, Path out) {
        Meter meter = new Meter();
        PrintStatements.Result r = new PrintStatements(store, signed, clock).all(month, out, Locale.ENGLISH, false,
                Progress.NONE);
        return meter.stop(r.files().size(), r.files().size(),
                r.files().isEmpty() ? null : signed.verify(r.files().get(r.files().size() / 2), List.of()));
    }

    /** One member's statement with {@code pages} pages of made-up postings, signed, into {@code file}. */
    public Run longStatement(Documents signed, int pages, Path file) {
        Statement s = store.read(r -> {
            CoopSettings coop = Books.settings(r);
            Member member = r.members().get(0);
            Member other = r.members().get(1);
            YearMonth month = month();
            List<Statement.Posting> postings = new ArrayList<>();
            long balance = 0;
            int n = pages * POSTINGS_PER_PAGE;
            for (int i = 0; i < n; i++) {
                long amount = 100 + i % 9000;
                boolean credit = i % 2 == 0;
                balance += credit ? amount : -amount;
                LocalDate day = month.atDay(1 + i % month.lengthOfMonth());
                postings.add(new Statement.Posting(day, new UUID(i, n), other.code(), other.name(),
                        "delivery number " + i, credit ? 0 : amount, credit ? amount : 0, balance, null, null, null));
            }
            return new Statement(coop, member, month, 0, postings, balance, Statement.Security.NONE, null, null,
                    clock.instant(), clock.getZone());
        });
        Meter meter = new Meter();
        signed.statement(s, Locale.ENGLISH, file);
        return meter.stop(1, pages, signed.verify(file, List.of()));
    }

    /** Wall time, the whole program's CPU time and the heap's peak from its start to its stop. */
    private static final class Meter {
        private final long start;
        private final long cpu;

        Meter() {
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            start = System.nanoTime();
            cpu = cpuNanos();
        }

        Run stop(int documents, long pages, SignatureCheck check) {
            long wall = System.nanoTime() - start;
            long used = cpuNanos() - cpu;
            // The pools peak at different moments, so their sum is an upper bound of the heap's peak.
            long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Run(documents, pages, wall, used, peak, check);
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
        }

        private static long cpuNanos() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        }
    }
}
