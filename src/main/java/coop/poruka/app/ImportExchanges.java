package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Imports exchanges from a CSV file with the header {@code id,date,supplier,receiver,amount,memo}.
 * Rows that share an id are the legs of one exchange, in row order, and must be adjacent.
 *
 * <p>All or nothing, in one transaction. Every row is checked even after a wrong one, with the
 * balances running on as if the good rows before it were posted, so that one attempt reports
 * every problem. An exchange already in the ledger with the same content is skipped, so importing
 * a file twice changes nothing. Exchanges go through the same {@link Poster} as the clerk's, so
 * limits and member status are checked alike; a file cannot override a credit limit.
 */
public final class ImportExchanges {
    public static final List<String> HEADER = List.of("id", "date", "supplier", "receiver", "amount", "memo");
    /** How many exchanges are looked up in the ledger with one query; one query each would be far too slow. */
    private static final int LOOKUP = 1_000;
    private static final int PROGRESS_EVERY = 10_000;
    private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final LedgerStore store;
    private final Clock clock;

    public ImportExchanges(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param imported       exchanges posted by this import
     * @param alreadyPresent exchanges of the file that were already in the ledger, unchanged
     */
    public record Result(long imported, long alreadyPresent) {}

    /**
     * @throws ImportRejected when any row is wrong; then nothing was imported
     * @throws Progress.Cancelled when the person cancelled; then nothing was imported
     */
    public Result run(Path file, Progress progress) {
        try (CsvFile csv = CsvFile.open(file, List.of(HEADER), String.join(",", HEADER))) {
            return store.write(w -> new Run(store, w, clock, csv, progress).run());
        }
    }

    /** The exchange whose rows are being read: its rows are adjacent, so only one is open at a time. */
    private static final class Group {
        final String key;
        final long firstLine;
        final UUID id;
        final List<Leg> legs = new ArrayList<>();
        LocalDate date;
        long dateLine;
        boolean wrong;

        Group(String key, long firstLine, UUID id) {
            this.key = key;
            this.firstLine = firstLine;
            this.id = id;
        }
    }

    /**
     * An exchange read in full and looked up in the ledger, waiting to be posted.
     *
     * @param earlier the exchange of the same id the ledger held before this import, or null
     */
    private record Read(Exchange exchange, long line, Exchange earlier) {}

    /**
     * One import: the file, the poster and what was found so far. The file is read, its rows
     * checked and its ids looked up in the ledger on a second thread while this one posts what was
     * read, so the two cores work at once; they share only the queue of read exchanges.
     */
    private static final class Run {
        /** Marks the end of the file in the queue. */
        private static final List<Read> END = List.of();

        final LedgerStore store;
        final LedgerWriter writer;
        final CsvFile csv;
        final Progress progress;
        final Poster poster;
        final int decimals;
        /** Member codes, copied for the reading thread: the poster's own map changes as it posts. */
        final Set<String> memberCodes;
        final BlockingQueue<List<Read>> queue = new ArrayBlockingQueue<>(16);
        volatile boolean stopped;
        volatile Throwable readFailure;
        /** Problems found while reading; touched only by the reading thread until it ends. */
        final List<ImportProblem> problems = new ArrayList<>();
        /** Problems found while posting; touched only by the posting thread. */
        final List<ImportProblem> postProblems = new ArrayList<>();
        /** The line each exchange id of the file started on, to catch an id that comes back later. */
        final IdLines seen = new IdLines();
        List<Read> waiting = new ArrayList<>(LOOKUP);
        Group group;
        String lastDateText;
        LocalDate lastDate;
        long rows;
        long imported;
        long alreadyPresent;

        /** The ledger as it was before this import, as the reading thread sees it. */
        LedgerReader before;

        Run(LedgerStore store, LedgerWriter writer, Clock clock, CsvFile csv, Progress progress) {
            this.store = store;
            this.writer = writer;
            this.csv = csv;
            this.progress = progress;
            // The ledger is read on the reading thread's own connection (lookedUp), so this one
            // only writes, and can write behind while the next batch is checked and chained.
            this.poster = new Poster(writer, clock, true).writingBehind();
            this.decimals = poster.settings().unit().decimals();
            this.memberCodes = poster.memberCodes();
        }

        Result run() {
            Thread reader = new Thread(this::read, "poruka-import-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                try {
                    for (List<Read> chunk = take(); chunk != END; chunk = take()) {
                        postWaiting(chunk);
                    }
                } finally {
                    stopped = true;
                    join(reader);
                }
                return finish();
            } finally {
                poster.settle();
            }
        }

        private Result finish() {
            if (readFailure instanceof RuntimeException e) {
                throw e;
            } else if (readFailure instanceof Error e) {
                throw e;
            }
            progress.update(csv.size(), csv.size());
            problems.addAll(postProblems);
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingLong(ImportProblem::line));
                throw new ImportRejected(problems);
            }
            poster.flush();
            return new Result(imported, alreadyPresent);
        }

        /**
         * The reading thread: rows to exchanges, looked up and handed over a thousand at a time.
         * The lookups read the ledger on a connection of their own, as it was committed before this
         * import: the rows this import writes meanwhile are not visible there, and ids seen earlier
         * in the file never get that far, so what is found was in the ledger before.
         */
        void read() {
            try {
                store.readSnapshot(r -> {
                    before = r;
                    csv.rows(this::row, problems::add);
                    endGroup();
                    handOver(lookedUp(waiting));
                    return null;
                });
            } catch (RuntimeException | Error e) {
                readFailure = e;
            } finally {
                handOver(END);
            }
        }

        void handOver(List<Read> chunk) {
            try {
                while (!stopped && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    // the poster is busy; wait, unless it gave up
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
            if (stopped && chunk != END) {
                throw new Progress.Cancelled();
            }
        }

        List<Read> take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Progress.Cancelled();
            }
        }

        static void join(Thread t) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void problem(long line, LedgerException e) {
            problems.add(new ImportProblem(line, e));
        }

        void row(CsvFile.Row row) {
            if (++rows % PROGRESS_EVERY == 0) {
                progress.update(csv.bytesRead(), csv.size());
                progress.checkCancelled();
            }
            String idText = row.get(0).strip();
            UUID id = isUuid(idText) ? UUID.fromString(idText) : null;
            // Rows belong together when they name the same id (in any case), or the same wrong text.
            boolean same = group != null && (id != null ? id.equals(group.id) : group.id == null && group.key.equals(idText));
            if (!same) {
                endGroup();
                startGroup(idText, row.line(), id);
            }
            try {
                group.legs.add(leg(row, id));
            } catch (LedgerException e) {
                problem(row.line(), e);
                group.wrong = true;
            }
        }

        void startGroup(String key, long line, UUID id) {
            group = new Group(key, line, id);
            if (id != null) {
                long earlier = seen.putIfAbsent(id, line);
                if (earlier != 0) {
                    problem(line, new LedgerException("import.idAgain", id, earlier));
                    group.wrong = true;
                }
            }
        }

        /** Checks one row as far as it can be checked on its own; the exchange as a whole is checked by the poster. */
        Leg leg(CsvFile.Row row, UUID id) {
            if (row.size() != csv.columns()) {
                throw new LedgerException("import.fieldCount", row.size(), csv.columns());
            }
            if (id == null) {
                throw new LedgerException("import.badId", row.get(0).strip());
            }
            LocalDate date = date(row.get(1));
            if (group.date == null) {
                group.date = date;
                group.dateLine = row.line();
            } else if (!date.equals(group.date)) {
                throw new LedgerException("import.dateDiffers", date, group.date, group.dateLine, id);
            }
            Leg leg = new Leg(row.get(2), row.get(3), Amounts.parse(row.get(4), decimals), row.text(5));
            // Named here rather than left to the poster, so the row that names the stranger is the one reported.
            for (String code : List.of(leg.supplier(), leg.receiver())) {
                if (!memberCodes.contains(code)) {
                    throw new LedgerException("member.unknown", code);
                }
            }
            return leg;
        }

        /**
         * The form {@code 8-4-4-4-12} hex digits, checked by hand: a matcher per row showed in the
         * import's profile.
         */
        static boolean isUuid(String t) {
            if (t.length() != 36) {
                return false;
            }
            for (int i = 0; i < 36; i++) {
                char c = t.charAt(i);
                boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                        : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        /** The rows of a file are mostly in date order: the last date read is usually the next one. */
        private LocalDate date(String text) {
            String t = text.strip();
            if (t.equals(lastDateText)) {
                return lastDate;
            }
            lastDate = parseDate(t);
            lastDateText = t;
            return lastDate;
        }

        private static LocalDate parseDate(String t) {
            try {
                if (DATE_TEXT.matcher(t).matches()) {
                    return LocalDate.parse(t);
                }
            } catch (DateTimeParseException e) {
                // a date such as 2026-02-30: refused below like any other
            }
            throw new LedgerException("import.badDate", t);
        }

        void endGroup() {
            Group g = group;
            group = null;
            if (g == null || g.wrong) {
                return;
            }
            try {
                waiting.add(new Read(new Exchange(g.id, g.date, g.legs, null, null, null), g.firstLine, null));
            } catch (LedgerException e) {
                problem(g.firstLine, e);
            }
            if (waiting.size() >= LOOKUP) {
                handOver(lookedUp(waiting));
                waiting = new ArrayList<>(LOOKUP);
            }
        }

        /** The exchanges with what the ledger already held under their ids. */
        List<Read> lookedUp(List<Read> reads) {
            if (reads.isEmpty()) {
                return reads;
            }
            Map<UUID, Exchange> inLedger = before.exchanges(reads.stream().map(r -> r.exchange().id()).toList());
            if (inLedger.isEmpty()) {
                return reads;
            }
            List<Read> out = new ArrayList<>(reads.size());
            for (Read r : reads) {
                out.add(new Read(r.exchange(), r.line(), inLedger.get(r.exchange().id())));
            }
            return out;
        }

        /** Posts the waiting exchanges in file order; those the ledger already held are compared instead. */
        void postWaiting(List<Read> waiting) {
            for (Read r : waiting) {
                Exchange x = r.exchange();
                try {
                    Exchange earlier = r.earlier();
                    if (earlier != null) {
                        RecordExchange.requireSame(earlier, x, true);
                        alreadyPresent++;
                    } else {
                        poster.post(x, true);
                        imported++;
                    }
                } catch (LedgerException e) {
                    postProblems.add(new ImportProblem(r.line(), e));
                }
            }
        }
    }
}
