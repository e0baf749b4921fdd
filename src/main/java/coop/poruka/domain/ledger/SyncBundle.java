package coop.poruka.domain.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a sync file holds (docs/sync-format.md): who made it for whom, what the sender holds from
 * each office ({@code acks}), entries in the order the sender applied them, and (from format
 * version 2) each origin office's signed head with the certificates to check them.
 */
public record SyncBundle(int format, UUID coop, String from, String to, Instant created, Map<String, Long> acks,
        List<SyncEntry> entries, List<SignedHead> heads, List<SyncCertificate> certificates) {
    /** The format version this program writes. */
    public static final int FORMAT = 2;
    /** The first version, still read: it has no signed heads, only the sender's signature over the file. */
    public static final int FORMAT_1 = 1;
    /** {@code to} of a file made for any office. */
    public static final String ANY_OFFICE = "*";

    public SyncBundle {
        acks = Map.copyOf(acks);
        entries = List.copyOf(entries);
        heads = List.copyOf(heads);
        certificates = List.copyOf(certificates);
    }

    /** A bundle without heads or certificates (as format version 1 has it, or before signing). */
    public SyncBundle(int format, UUID coop, String from, String to, Instant created, Map<String, Long> acks,
            List<SyncEntry> entries) {
        this(format, coop, from, to, created, acks, entries, List.of(), List.of());
    }

    public SyncBundle withHeads(List<SignedHead> heads, List<SyncCertificate> certificates) {
        return new SyncBundle(format, coop, from, to, created, acks, entries, heads, certificates);
    }

    /** For each office, the first and last sequence number inside, sorted by office code. */
    public SortedMap<String, long[]> ranges() {
        SortedMap<String, long[]> out = new TreeMap<>();
        for (SyncEntry e : entries) {
            long seq = e.entry().seq();
            long[] r = out.get(e.entry().office());
            if (r == null) {
                out.put(e.entry().office(), new long[] {seq, seq});
            } else {
                r[0] = Math.min(r[0], seq);
                r[1] = Math.max(r[1], seq);
            }
        }
        return out;
    }
}
