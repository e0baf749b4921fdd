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
    void anEarlyRefusalReachesTheWindowAsTheSameSentence() {
        EarlyOpener missing = EarlyOpener.start(Wiring.ledgers(), dir.resolve("none.mv.db"), false);
        assertThatThrownBy(() -> missing.open(dir.resolve("none.mv.db"), false)).isInstanceOf(LedgerException.class)
                .extracting(e -> ((LedgerException) e).key()).isEqualTo("ledger.notFound");
    }
}
