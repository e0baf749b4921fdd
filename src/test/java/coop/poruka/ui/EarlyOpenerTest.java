package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.Queries;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger opened while JavaFX starts is the one the window gets, once, with the same refusals. */
class EarlyOpenerTest {
    @TempDir
    Path dir;

    private Path ledger(String name) {
        try (TestLedger ledger = TestLedger.create(dir.resolve(name))) {
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
            return ledger.path;
        }
    }

    @Test
    void theWindowGetsTheLedgerOpenedEarlyAndALaterOpenIsANewOne() {
        Path path = ledger("a");
        AtomicInteger opened = new AtomicInteger();
        LedgerOpener real = Wiring.ledgers();
        LedgerOpener counting = new LedgerOpener() {
            @Override
            public LedgerStore open(Path p, boolean create) {
                opened.incrementAndGet();
                return real.open(p, create);
            }

            @Override
            public <T> T createWhole(Path p, java.util.function.Function<LedgerStore, T> fill) {
                return real.createWhole(p, fill);
            }

            @Override
            public Path resolve(Path p) {
                return real.resolve(p);
            }

            @Override
            public boolean exists(Path p) {
                return real.exists(p);
            }
        };
        EarlyOpener opener = EarlyOpener.start(counting, path, false);
        LedgerStore store = opener.open(path, false);
        assertThat(new Queries(store).members()).hasSize(1);
        assertThat(opened).hasValue(1); // the window's open was the early one
        store.close();
        // The early store is handed out once: asking again opens the file anew.
        try (LedgerStore again = opener.open(path, false)) {
            assertThat(again).isNotSameAs(store);
            assertThat(opened).hasValue(2);
            assertThat(new Queries(again).members()).hasSize(1);
        }
    }

    @Test
    void anotherLedgerIsOpenedByTheRealOpener() {
        Path first = ledger("a");
        Path other = ledger("b");
        EarlyOpener opener = EarlyOpener.start(Wiring.ledgers(), first, false);
        try (LedgerStore store = opener.open(other, false)) {
            assertThat(store.location()).isEqualTo(other.toString());
        } finally {
            opener.discard();
        }
        // Discarded, the early store let go of its file.
        try (LedgerStore again = Wiring.ledgers().open(first, false)) {
            assertThat(new Queries(again).members()).hasSize(1);
        }
    }

    @Test
    void aLedgerOpenedEarlyIsShownWithoutTheStartScreenAndARefusalIsLeftToIt() {
        Path path = ledger("a");
        Path other = ledger("b");
        EarlyOpener opener = EarlyOpener.start(Wiring.ledgers(), path, false);
        assertThat(opener.opensWithin(other, false, Duration.ofSeconds(30))).isFalse();
        StartViewModel start = new StartViewModel(path, opener, TestLedger.CLOCK, new Labels(Locale.ENGLISH));
        try (LedgerStore store = start.openIfReady(Duration.ofSeconds(30)).orElseThrow()) {
            assertThat(new Queries(store).members()).hasSize(1);
            // Handed out once: a second window on it opens it as background work, as before.
            assertThat(start.openIfReady(Duration.ofSeconds(30))).isEmpty();
        }
        // Another ledger, or a backup to restore first, is opened with the start screen.
        EarlyOpener onA = EarlyOpener.start(Wiring.ledgers(), path, false);
        assertThat(new StartViewModel(other, onA, TestLedger.CLOCK, new Labels(Locale.ENGLISH))
                .openIfReady(Duration.ofSeconds(30))).isEmpty();
        onA.discard();
        EarlyOpener again = EarlyOpener.start(Wiring.ledgers(), other, false);
        StartViewModel restoring = new StartViewModel(other, again, TestLedger.CLOCK, new Labels(Locale.ENGLISH));
        restoring.restoreFirst(dir.resolve("backup.mv.db"));
        assertThat(restoring.openIfReady(Duration.ofSeconds(30))).isEmpty();
        again.discard();
        // A refusal is not "ready": the start screen opens it again and says why.
        EarlyOpener missing = EarlyOpener.start(Wiring.ledgers(), dir.resolve("none.mv.db"), false);
        assertThat(missing.opensWithin(dir.resolve("none.mv.db"), false, Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void anEarlyRefusalReachesTheWindowAsTheSameSentence() {
        EarlyOpener missing = EarlyOpener.start(Wiring.ledgers(), dir.resolve("none.mv.db"), false);
        assertThatThrownBy(() -> missing.open(dir.resolve("none.mv.db"), false)).isInstanceOf(LedgerException.class)
                .extracting(e -> ((LedgerException) e).key()).isEqualTo("ledger.notFound");
    }
}
