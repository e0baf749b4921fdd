package coop.poruka.store;

import static coop.poruka.store.generated.Tables.JOURNAL_ORIGIN_RUN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Chain places of entries stored away from them, by runs (V10, decision 0047): a run says that
 * {@code entries} consecutive storage positions from {@code position} hold its office's chain
 * from {@code place} on. Every other entry sits at its own place. Each lookup goes by a key.
 */
final class OriginRuns {
    record Run(long position, long entries, String office, long place) {
        boolean covers(long p) {
            return p >= position && p - position < entries;
        }

        long lastPlace() {
            return place + entries - 1;
        }
    }

    private final NavigableMap<Long, Run> byPosition;

    private OriginRuns(NavigableMap<Long, Run> byPosition) {
        this.byPosition = byPosition;
    }

    /** The runs that cover any storage position from {@code from} to {@code to}. */
    static OriginRuns between(DSLContext dsl, long from, long to) {
        NavigableMap<Long, Run> runs = new TreeMap<>();
        // The last run starting before the range may reach into it (one row, from the key's end).
        dsl.selectFrom(JOURNAL_ORIGIN_RUN).where(JOURNAL_ORIGIN_RUN.JOURNAL_SEQ.lt(from))
                .orderBy(JOURNAL_ORIGIN_RUN.JOURNAL_SEQ.desc()).limit(1).fetch().forEach(r -> put(runs, r));
        dsl.selectFrom(JOURNAL_ORIGIN_RUN).where(JOURNAL_ORIGIN_RUN.JOURNAL_SEQ.between(from, to)).fetch()
                .forEach(r -> put(runs, r));
        return new OriginRuns(runs);
    }

    private static void put(NavigableMap<Long, Run> runs, Record r) {
        Run run = run(r);
        runs.put(run.position(), run);
    }

    private static Run run(Record r) {
        return new Run(r.get(JOURNAL_ORIGIN_RUN.JOURNAL_SEQ), r.get(JOURNAL_ORIGIN_RUN.ENTRIES),
                r.get(JOURNAL_ORIGIN_RUN.OFFICE_CODE), r.get(JOURNAL_ORIGIN_RUN.OFFICE_SEQ));
    }

    /** The chain place of the entry stored at {@code position}: from its run, or the position itself. */
    long place(long position) {
        return covering(position).map(run -> run.place() + position - run.position()).orElse(position);
    }

    /** Whether the entry at {@code position} is stored away from its chain place. */
    boolean moved(long position) {
        return covering(position).isPresent();
    }

    private Optional<Run> covering(long position) {
        Map.Entry<Long, Run> run = byPosition.floorEntry(position);
        return run != null && run.getValue().covers(position) ? Optional.of(run.getValue()) : Optional.empty();
    }

    /**
     * The storage position of place {@code seq} of an office's chain, where a run moved it; empty:
     * not moved (at its own position, or not held at all).
     */
    static Optional<Long> positionOf(DSLContext dsl, String office, long seq) {
        return startingAtOrBefore(dsl, office, seq).filter(r -> r.lastPlace() >= seq)
                .map(r -> r.position() + seq - r.place());
    }

    /**
     * The office's run starting at or before place {@code seq} of its chain, from the end of the
     * unique key (both columns descending, so that H2 reads one row).
     */
    private static Optional<Run> startingAtOrBefore(DSLContext dsl, String office, long seq) {
        return dsl.selectFrom(JOURNAL_ORIGIN_RUN).where(JOURNAL_ORIGIN_RUN.OFFICE_CODE.eq(office))
                .and(JOURNAL_ORIGIN_RUN.OFFICE_SEQ.le(seq))
                .orderBy(JOURNAL_ORIGIN_RUN.OFFICE_CODE.desc(), JOURNAL_ORIGIN_RUN.OFFICE_SEQ.desc()).limit(1)
                .fetchOptional().map(OriginRuns::run);
    }

    /** The runs of an office's chain that cover any of its places {@code from} to {@code to}, in chain order. */
    static List<Run> ofOffice(DSLContext dsl, String office, long from, long to) {
        List<Run> runs = new ArrayList<>();
        // The run starting at or before the first place may reach into the range.
        startingAtOrBefore(dsl, office, from).ifPresent(runs::add);
        dsl.selectFrom(JOURNAL_ORIGIN_RUN).where(JOURNAL_ORIGIN_RUN.OFFICE_CODE.eq(office))
                .and(JOURNAL_ORIGIN_RUN.OFFICE_SEQ.gt(from)).and(JOURNAL_ORIGIN_RUN.OFFICE_SEQ.le(to))
                .orderBy(JOURNAL_ORIGIN_RUN.OFFICE_SEQ).fetch().forEach(r -> runs.add(run(r)));
        runs.removeIf(r -> r.lastPlace() < from);
        return runs;
    }

    /** The last place of an office's chain that a run moved; empty: none moved. */
    static Optional<Long> lastMoved(DSLContext dsl, String office) {
        return startingAtOrBefore(dsl, office, Long.MAX_VALUE).map(Run::lastPlace);
    }

    /**
     * Entries as they are stored one after another, each {position, place} with its office, folded
     * into runs: an entry extends the run before it when it is stored, and placed in the same
     * office's chain, right after that run's last.
     */
    static List<Run> fold(List<long[]> positionsAndPlaces, List<String> offices) {
        List<Run> runs = new ArrayList<>();
        Run open = null;
        for (int i = 0; i < positionsAndPlaces.size(); i++) {
            long position = positionsAndPlaces.get(i)[0];
            long place = positionsAndPlaces.get(i)[1];
            String office = offices.get(i);
            if (open != null && open.office().equals(office) && position == open.position() + open.entries()
                    && place == open.lastPlace() + 1) {
                open = new Run(open.position(), open.entries() + 1, office, open.place());
                runs.set(runs.size() - 1, open);
            } else {
                open = new Run(position, 1, office, place);
                runs.add(open);
            }
        }
        return runs;
    }
}
