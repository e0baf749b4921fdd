package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import coop.poruka.TestLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.RegisterEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.ledger.RegisterPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's use cases for the screens: member pages, balance over time, CSV export. */
class RegisterTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private static TestLedger coop(Path dir) {
        TestLedger l = TestLedger.create(dir);
        l.member("ALM-0001", "Айгерим Қасымова", 100_000);
        l.member("ALM-0002", "Ivan Petrov", 100_000);
        l.member("ALM-0003", "Olga Öberg", 100_000);
        return l;
    }

    private static Exchange post(TestLedger l, LocalDate date, Leg... legs) {
        return new RecordExchange(l.store, TestLedger.CLOCK)
                .run(new RecordExchange.Request(null, date, List.of(legs), null)).posted().exchange();
    }

    @Test
    void memberExchangesPageByPageGiveEachOfTheirExchangesOnceNewestFirst() {
        try (TestLedger l = coop(dir)) {
            List<UUID> theirs = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                Exchange x = post(l, DAY.plusDays(i), new Leg(i % 2 == 0 ? "ALM-0001" : "ALM-0002", "ALM-0003", 100, "n" + i));
                if (i % 2 == 0) {
                    theirs.add(0, x.id());
                }
            }
            Register register = new Register(l.store);
            List<UUID> seen = new ArrayList<>();
            long before = Long.MAX_VALUE;
            while (before > 0) {
                RegisterPage page = register.memberExchanges("ALM-0001", before, 4);
                page.entries().forEach(e -> seen.add(e.exchange().id()));
                before = page.next();
            }
            assertThat(seen).containsExactlyElementsOf(theirs);
        }
    }

    @Test
    void lookupsAreBuiltWhileAWriteIsUnderWayAndCatchUpWithWhatItPosted() throws Exception {
        try (TestLedger l = coop(dir)) {
            Exchange before = post(l, DAY, new Leg("ALM-0001", "ALM-0002", 100, "before"));
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread clerk = new Thread(() -> l.store.write(w -> {
                writing.countDown();
                awaitQuietly(release);
                return null;
            }));
            clerk.start();
            writing.await();
            // Built on a connection of its own: a write holding the ledger does not hold this up.
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Register(l.store).prepare());
            release.countDown();
            clerk.join();

            Exchange after = post(l, DAY.plusDays(1), new Leg("ALM-0003", "ALM-0001", 50, "after"));
            assertThat(new Register(l.store).memberExchanges("ALM-0001", Long.MAX_VALUE, 10).entries())
                    .extracting(e -> e.exchange().id()).containsExactly(after.id(), before.id());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void balanceHistoryEndsAtTheBalanceAndIsThinnedToTheAskedPoints() {
        try (TestLedger l = coop(dir)) {
            long balance = 0;
            List<Register.BalancePoint> daily = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long v = 100 + i;
                boolean gives = i % 3 != 0;
                post(l, DAY.plusDays(2 * i), gives ? new Leg("ALM-0001", "ALM-0002", v, "") : new Leg("ALM-0002", "ALM-0001", v, ""));
                balance += gives ? v : -v;
                daily.add(new Register.BalancePoint(DAY.plusDays(2 * i), balance));
            }
            Register register = new Register(l.store);
            assertThat(register.balanceHistory("ALM-0001", 500)).containsExactlyElementsOf(daily);
            List<Register.BalancePoint> thin = register.balanceHistory("ALM-0001", 10);
            assertThat(thin).hasSize(10).isSubsetOf(daily);
            assertThat(thin.get(0)).isEqualTo(daily.get(0));
            assertThat(thin.get(9)).isEqualTo(daily.get(39));
            assertThat(thin.get(9).balance()).isEqualTo(l.balances().get("ALM-0001"));
            assertThat(thin).extracting(Register.BalancePoint::date).isSorted();
            assertThat(register.balanceHistory("ALM-0003", 10)).isEmpty();
        }
    }

    @Test
    void exportedCsvImportsIntoAnotherLedgerAsTheSameExchanges() throws Exception {
        List<RegisterEntry> original;
        Path csv = dir.resolve("register.csv");
        try (TestLedger l = coop(dir.resolve("a"))) {
            post(l, DAY, new Leg("ALM-0001", "ALM-0002", 4050, "flour, \"best\" sort"));
            post(l, DAY.plusDays(1), new Leg("ALM-0001", "ALM-0002", 100, "мёд"), new Leg("ALM-0002", "ALM-0003", 200, "roof"),
                    new Leg("ALM-0003", "ALM-0001", 300, "drive"));
            post(l, DAY.plusDays(2), new Leg("ALM-0002", "ALM-0003", 700, "eggs"));
            Register register = new Register(l.store);
            RegisterFilter alm1 = RegisterFilter.member("ALM-0001");
            Register.Exported done = register.exportCsv(alm1, csv, Progress.NONE);
            assertThat(done).isEqualTo(new Register.Exported(2, 4));
            original = register.first(alm1).entries();
            // Imported into the same books, every exchange is found already there, unchanged.
            ImportExchanges.Result again = new ImportExchanges(l.store, TestLedger.CLOCK).run(csv, Progress.NONE);
            assertThat(again).isEqualTo(new ImportExchanges.Result(0, 2));
        }
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("id,date,supplier,receiver,amount,memo");
        try (TestLedger other = coop(dir.resolve("b"))) {
            new ImportExchanges(other.store, TestLedger.CLOCK).run(csv, Progress.NONE);
            List<RegisterEntry> imported = new Register(other.store).first(RegisterFilter.ALL).entries();
            assertThat(imported).extracting(RegisterEntry::exchange)
                    .containsExactlyInAnyOrderElementsOf(original.stream().map(RegisterEntry::exchange).toList());
        }
    }

    @Test
    void exportToAMissingFolderSaysSoAndLeavesNoFile() {
        try (TestLedger l = coop(dir)) {
            Path out = dir.resolve("no-such-folder").resolve("register.csv");
            assertThatThrownBy(() -> new Register(l.store).exportCsv(RegisterFilter.ALL, out, Progress.NONE))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("no-such-folder");
            assertThat(out).doesNotExist();
        }
    }
}
