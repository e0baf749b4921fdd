package coop.poruka.domain.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a sync file holds (docs/sync-format.md): who made it for whom, what the sender holds from
 * each office ({@code acks}), and entries in the order the sender applied them.
 */
public record SyncBundle(int format, UUID coop, String from, String to, Instant created, Map<String, Long> acks,
        List<SyncEntry> entries) {
    public static final int FORMAT = 1;
    /** {@code to} of a file made for any office. */
    public static final String ANY_OFFICE = "*";

    public SyncBundle {
        acks = Map.copyOf(acks);
        entries = List.copyOf(entries);
    }

    /** For each office, the first and last sequence number inside, sorted by office code. */
    public SortedMap<String, long[]> ranges() {
        SortedMap<String, long[]> out = new TreeMap<>();
        for (SyncEntry e : entries) {
            long seq = e.entry().seq();
            out.merge(e.entry().office(), new long[] {seq, seq},
                    (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        return out;
    }
}
