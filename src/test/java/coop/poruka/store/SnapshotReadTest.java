package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long check reads the books as they were when it began, and the clerk can post meanwhile. */
class SnapshotReadTest {
    @TempDir
    Path dir;

    @Test
    void snapshotReadSeesTheBooksAsTheyWereWhileAnExchangeIsPostedMeanwhile() throws Exception {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
            ledger.member("ALM-0002", "Ivan Petrov", 100);
            long before = ledger.store.read(r -> r.head().orElseThrow().seq());

            long[] seen = ledger.store.readSnapshot(r -> {
                long first = r.head().orElseThrow().seq();
                // Posting from another thread must not wait for this read to end.
                CompletableFuture<Void> post = CompletableFuture.runAsync(
                        () -> ledger.post(new Leg("ALM-0001", "ALM-0002", 500, "honey")));
                try {
                    post.get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("posting waited for the snapshot read", e);
                }
                long second = r.head().orElseThrow().seq();
                long balance = r.member("ALM-0001").orElseThrow().balance();
                return new long[] {first, second, balance};
            });

            assertThat(seen).containsExactly(before, before, 0L);
            long after = ledger.store.read(r -> r.head().map(JournalEntry::seq).orElseThrow());
            assertThat(after).isEqualTo(before + 1);
            assertThat(ledger.balances()).containsEntry("ALM-0001", 500L);
        }
    }
}
