package coop.poruka.store;

import static coop.poruka.store.generated.Tables.JOURNAL;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * Which exchange rows each member appears in, and each exchange row's value date, held in memory
 * as plain arrays of journal sequence numbers (docs/decisions/0008). The journal has no index on
 * members or dates, so that bulk imports stay fast; this is built once by one scan and then kept
 * up to date by reading only the rows added since, before each lookup. About 30 MB at a million
 * exchanges.
 */
final class RegisterIndex {
    private static final int FETCH = 10_000;

    /** Every exchange row's sequence number, ascending, and its value date as an epoch day. */
    private long[] seqs = new long[1024];
    private int[] days = new int[1024];
    private int size;
    /** By member database id: the sequence numbers of the exchange rows they take part in, ascending. */
    private final Map<Long, Seqs> byMember = new HashMap<>();
    /** Every exchange row up to here is indexed. */
    private long last;

    /** A growing ascending array of sequence numbers. */
    static final class Seqs {
        long[] values = new long[16];
        int size;

        void add(long seq) {
            if (size > 0 && values[size - 1] == seq) {
                return; // the member is in two legs of the same exchange
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = seq;
        }
    }

    /** Adds the exchange rows committed since the last call, as {@code dsl}'s transaction sees them. */
    synchronized void catchUp(DSLContext dsl) {
        try (Cursor<Record4<Long, LocalDate, Long[], Long[]>> rows = dsl
                .select(JOURNAL.SEQ, JOURNAL.VALUE_DATE, JOURNAL.SUPPLIER_IDS, JOURNAL.RECEIVER_IDS).from(JOURNAL)
                .where(JOURNAL.SEQ.gt(last)).and(JOURNAL.EXCHANGE_ID.isNotNull()).orderBy(JOURNAL.SEQ)
                .fetchSize(FETCH).fetchLazy()) {
            for (Record4<Long, LocalDate, Long[], Long[]> r : rows) {
                add(r.value1(), r.value2(), r.value3(), r.value4());
            }
        }
    }

    private void add(long seq, LocalDate date, Long[] suppliers, Long[] receivers) {
        if (date == null || suppliers == null || receivers == null) {
            last = seq; // a damaged row, which verify reports; the register cannot place it
            return;
        }
        if (size == seqs.length) {
            seqs = Arrays.copyOf(seqs, size * 2);
            days = Arrays.copyOf(days, size * 2);
        }
        seqs[size] = seq;
        days[size] = (int) date.toEpochDay();
        size++;
        for (Long id : suppliers) {
            byMember.computeIfAbsent(id, k -> new Seqs()).add(seq);
        }
        for (Long id : receivers) {
            byMember.computeIfAbsent(id, k -> new Seqs()).add(seq);
        }
        last = seq;
    }

    /** The candidates of one search: sequence numbers newest first, and where the search stopped. */
    record Found(long[] seqs, int count, long next) {}

    /**
     * Up to {@code max} exchange rows below {@code before}, newest first, of the member (null: of
     * anyone) whose value date lies in [from, to] (null: open).
     *
     * @return the rows, and in {@code next} the sequence number to continue below (0: none left)
     */
    synchronized Found find(Long memberId, LocalDate from, LocalDate to, long before, int max) {
        long[] list;
        int n;
        if (memberId == null) {
            list = seqs;
            n = size;
        } else {
            Seqs s = byMember.get(memberId);
            list = s == null ? new long[0] : s.values;
            n = s == null ? 0 : s.size;
        }
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        long[] out = new long[max];
        int count = 0;
        int i = below(list, n, before) - 1;
        for (; i >= 0 && count < max; i--) {
            long seq = list[i];
            int day = memberId == null ? days[i] : days[below(seqs, size, seq)];
            if (day >= lo && day <= hi) {
                out[count++] = seq;
            }
        }
        return new Found(out, count, i >= 0 ? list[i + 1] : 0);
    }

    /** Every exchange row of the member, ascending. */
    synchronized long[] ofMember(long memberId) {
        Seqs s = byMember.get(memberId);
        return s == null ? new long[0] : Arrays.copyOf(s.values, s.size);
    }

    /** How many entries of the ascending {@code list} (its first {@code n}) are below {@code seq}. */
    private static int below(long[] list, int n, long seq) {
        int i = Arrays.binarySearch(list, 0, n, seq);
        return i >= 0 ? i : -i - 1;
    }
}
