package coop.poruka.store;

import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.office.CoopSettings;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What nearly every write asks of the books and few writes change: the office keeping the ledger,
 * its settings and head, where the next row goes, the co-op's rules, the latest closed month and
 * received entry. Kept between transactions on the store's own connection, the ledger's only
 * writer; every other write forgets it (an entry keeps where the next row goes), and so does every
 * rollback (decision 0042).
 */
final class KnownBooks {
    /** A thing remembered, with the type of its value (never null: absent is an empty Optional). */
    static final class Key<T> {
        private Key() {}
    }

    static final Key<Boolean> RECEIVED = new Key<>();
    static final Key<Optional<String>> LOCAL_OFFICE = new Key<>();
    static final Key<Optional<CoopSettings>> SETTINGS = new Key<>();
    static final Key<Optional<JournalEntry>> HEAD = new Key<>();
    static final Key<Long> NEXT_POSITION = new Key<>();
    static final Key<Optional<Instant>> LATEST_RECEIVED = new Key<>();
    static final Key<Optional<YearMonth>> LAST_CLOSED = new Key<>();
    static final Key<List<EntryContent>> RULES = new Key<>();

    private final Map<Key<?>, Object> values = new HashMap<>();

    <T> T get(Key<T> key, Supplier<T> read) {
        @SuppressWarnings("unchecked")
        T value = (T) values.get(key);
        if (value == null) {
            value = read.get();
            values.put(key, value);
        }
        return value;
    }

    <T> void put(Key<T> key, T value) {
        values.put(key, value);
    }

    void forget() {
        values.clear();
    }

    /**
     * Any other entry was stored at {@code position}: it may change anything remembered but where
     * the next row goes, which a sync file's thousands of member entries would otherwise ask for each.
     */
    void entryStored(long position) {
        values.clear();
        values.put(NEXT_POSITION, position + 1);
    }

    /**
     * Exchanges were stored at {@code first} onwards. When they are all this office's own, its head
     * moves to the last of them and nothing else remembered changes (nothing received comes after
     * it now); anything else, or a head not known, forgets all.
     */
    void exchangesStored(List<JournalEntry> entries, long first) {
        @SuppressWarnings("unchecked")
        Optional<JournalEntry> head = (Optional<JournalEntry>) values.get(HEAD);
        String office = head == null || head.isEmpty() ? null : head.get().office();
        for (JournalEntry e : entries) {
            if (!e.office().equals(office)) {
                forget();
                return;
            }
        }
        if (!entries.isEmpty()) {
            values.put(HEAD, Optional.of(entries.get(entries.size() - 1)));
            values.put(NEXT_POSITION, first + entries.size());
            values.put(LATEST_RECEIVED, Optional.empty());
        }
    }
}
