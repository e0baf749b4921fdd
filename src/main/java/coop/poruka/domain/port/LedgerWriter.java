package coop.poruka.domain.port;

import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.JournalEntry;
import java.util.List;
import java.util.Map;

/**
 * Appends entries inside one transaction. There is no method to change or remove an entry:
 * corrections are new entries.
 */
public interface LedgerWriter extends LedgerReader {
    /**
     * Appends one entry and the rows that describe it: an entry of this office's chain, or one
     * received from another office, which keeps its office, sequence number and hashes.
     */
    void append(JournalEntry entry, EntryContent content);

    /**
     * Names the office that keeps this ledger, before its first entry: an office joining from a
     * sync file stores the received entries first, each at its own chain place (decision 0038).
     */
    void keptBy(String officeCode);

    /** Appends many exchange entries at once (bulk import); entries.get(i) describes exchanges.get(i). */
    void appendExchanges(List<JournalEntry> entries, List<Exchange> exchanges);

    /** Adds each delta (minor units, by member code) to the member's running balance. */
    void adjustBalances(Map<String, Long> deltas);

    /** Records what {@code office} says it holds from each origin office. */
    void acknowledge(String office, Map<String, Long> through, java.time.Instant at);

    void recordFork(coop.poruka.domain.ledger.Fork fork);

    /** Keeps an origin office's signed head of entries this ledger holds; one already kept is left as it is. */
    void keepSignedHead(coop.poruka.domain.ledger.SignedHead head);

    /** Keeps an office certificate checked against the co-op CA; one already kept is left as it is. */
    void keepCertificate(coop.poruka.domain.ledger.SyncCertificate certificate, java.time.Instant at);

    /** Remembers where this office keeps its keystore; local to this ledger, not an entry of the books. */
    void rememberKeystore(String path, java.time.Instant at);
}
