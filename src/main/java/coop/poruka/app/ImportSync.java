package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.ledger.EntryDecoding;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Fork;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.ledger.SyncEntry;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;
import coop.poruka.domain.port.SyncFiles;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Takes in a sync file: checks it whole (signature, co-op, every hash and chain link, that each
 * office's entries end at a head that office signed, forks),
 * then adds what this office lacks in one transaction. Entries already held are skipped, so a
 * file taken in twice changes nothing; entries after a gap in their office's chain wait for a
 * file that fills it.
 */
public final class ImportSync {
    private final LedgerStore store;
    private final SyncFiles files;
    private final Clock clock;

    public ImportSync(LedgerStore store, SyncFiles files, Clock clock) {
        this.store = store;
        this.files = files;
        this.clock = clock;
    }

    /** What a file adds, by origin office. */
    public record OfficeCounts(int added, int held, int waiting) {}

    /** A run of entries of one office that this ledger lacks, so later ones wait. */
    public record Gap(String office, long first, long last) {}

    /**
     * @param confirmsMore the file says its office holds more of some office's entries than this
     *                     ledger knew: taking it in, even with nothing new, makes the next file for
     *                     that office smaller
     */
    public record Preview(String from, Map<String, OfficeCounts> offices, List<Gap> gaps, boolean confirmsMore) {
        public int added() {
            return offices.values().stream().mapToInt(OfficeCounts::added).sum();
        }
    }

    /** Checks the file and says what it would add, changing nothing. */
    public Preview preview(Path file, X509Certificate coopCa) {
        SyncBundle bundle = files.read(file, coopCa);
        return store.read(r -> plan(r, bundle, file, Books.settings(r).coopId()).preview);
    }

    /** A preview with what it would add counted by origin office and kind of entry (offices and kinds in order). */
    public record KindCounts(Preview preview, Map<String, Map<EntryKind, Integer>> added) {}

    /** As {@link #preview}, and how many entries of each kind each origin office would add. */
    public KindCounts previewByKind(Path file, X509Certificate coopCa) {
        SyncBundle bundle = files.read(file, coopCa);
        return store.read(r -> {
            Plan plan = plan(r, bundle, file, Books.settings(r).coopId());
            Map<String, Map<EntryKind, Integer>> added = new TreeMap<>();
            for (JournalEntry e : plan.entries) {
                added.computeIfAbsent(e.office(), o -> new java.util.EnumMap<>(EntryKind.class)).merge(e.kind(), 1,
                        Integer::sum);
            }
            return new KindCounts(plan.preview, added);
        });
    }

    public Preview run(Path file, X509Certificate coopCa) {
        SyncBundle bundle = files.read(file, coopCa);
        try {
            return store.write(w -> apply(w, bundle, file, Books.settings(w).coopId()));
        } catch (ForkFound f) {
            // The file is refused, but the fork itself is kept for people to sort out.
            store.write(w -> {
                w.recordFork(f.fork);
                return null;
            });
            throw f.refusal;
        }
    }

    /**
     * A new office starts its ledger from a full sync file of an existing office: its own first
     * entry names the co-op of the file and the office of its certificate. The file's entries are
     * stored first, each at its place in its own office's chain, so that (the founding office's
     * entries above all) they need no chain-place row each; the new office names itself as the one
     * keeping the ledger, and its first entry comes after them (decision 0038).
     */
    public Preview join(Path file, OfficeKey key) {
        return join(file, files.read(file, key.ca()), key);
    }

    /** A join of a file read beside the making of the new ledger ({@link #startReading}). */
    public Preview join(Reading reading) {
        Read read = Workers.result(reading.task);
        return join(reading.file, read.bundle, read.key);
    }

    private record Read(OfficeKey key, SyncBundle bundle) {}

    /** A new office's key opened, and a sync file read and checked with it, on a thread of their own. */
    public static final class Reading {
        private final Path file;
        private final FutureTask<Read> task;

        private Reading(Path file, FutureTask<Read> task) {
            this.file = file;
            this.task = task;
        }
    }

    /**
     * For a join: opens the office's key and then reads and checks the file with its co-op CA, on a
     * thread of its own. Making the new ledger meanwhile is mostly the first use of H2 and jOOQ, on
     * one core; neither need wait for the other. What goes wrong in either is thrown by {@link #join(Reading)}.
     */
    public static Reading startReading(SyncFiles files, Path file, Supplier<OfficeKey> key) {
        FutureTask<Read> task = new FutureTask<>(() -> {
            OfficeKey k = key.get();
            return new Read(k, files.read(file, k.ca()));
        });
        Thread reader = new Thread(task, "poruka-read-sync-file");
        reader.setDaemon(true); // a join refused on the way does not wait for it
        reader.start();
        return new Reading(file, task);
    }

    private Preview join(Path file, SyncBundle bundle, OfficeKey key) {
        SettingsChange founding = bundle.entries().stream()
                .filter(e -> e.entry().kind() == EntryKind.SETTINGS && e.entry().office().equals(bundle.from()))
                .map(e -> (SettingsChange) EntryDecoding.decode(EntryKind.SETTINGS, e.body()))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new LedgerException("sync.notFull", file));
        CoopSettings theirs = founding.settings();
        CoopSettings mine = new CoopSettings(bundle.coop(), theirs.name(), theirs.unit(), key.officeCode(),
                key.officeName());
        return store.write(w -> {
            w.keptBy(mine.officeCode());
            Preview added = apply(w, bundle, file, bundle.coop());
            // The ledger holds only the file's entries: the latest of them is read from the file.
            Instant latest = bundle.entries().stream().map(e -> e.entry().recordedAt()).max(Instant::compareTo)
                    .orElse(null);
            new InitLedger(store, clock).first(w, mine, latest);
            return added;
        });
    }

    private Preview apply(LedgerWriter w, SyncBundle bundle, Path file, UUID coop) {
        Plan plan = plan(w, bundle, file, coop);
        Map<String, Long> deltas = new HashMap<>();
        // Runs of exchanges go in as one batch, as a bulk import writes them.
        List<JournalEntry> run = new ArrayList<>();
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < plan.entries.size(); i++) {
            EntryContent c = plan.contents.get(i);
            if (c instanceof ExchangePosted x) {
                run.add(plan.entries.get(i));
                exchanges.add(x.exchange());
                for (Leg l : x.exchange().legs()) {
                    deltas.merge(l.supplier(), l.amount(), Math::addExact);
                    deltas.merge(l.receiver(), -l.amount(), Math::addExact);
                }
                continue;
            }
            flush(w, run, exchanges);
            w.append(plan.entries.get(i), c);
        }
        flush(w, run, exchanges);
        deltas.values().removeIf(v -> v == 0);
        w.adjustBalances(deltas);
        w.acknowledge(bundle.from(), bundle.acks(), clock.instant());
        // Certificates first: a kept head names the certificate it is checked with.
        bundle.certificates().forEach(c -> w.keepCertificate(c, clock.instant()));
        plan.heads.forEach(w::keepSignedHead);
        return plan.preview;
    }

    private static void flush(LedgerWriter w, List<JournalEntry> run, List<Exchange> exchanges) {
        if (!run.isEmpty()) {
            w.appendExchanges(run, exchanges);
            run.clear();
            exchanges.clear();
        }
    }

    private static final class Plan {
        final List<JournalEntry> entries = new ArrayList<>();
        final List<EntryContent> contents = new ArrayList<>();
        final List<SignedHead> heads = new ArrayList<>();
        Preview preview;
    }

    private static final class ForkFound extends RuntimeException {
        final Fork fork;
        final LedgerException refusal;

        ForkFound(Fork fork, LedgerException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.fork = fork;
            this.refusal = refusal;
        }
    }

    private Plan plan(LedgerReader r, SyncBundle bundle, Path file, UUID coop) {
        if (!bundle.coop().equals(coop)) {
            throw new LedgerException("sync.otherCoop", file, bundle.from());
        }
        List<EntryContent> contents = decode(bundle.entries(), file);
        Map<String, JournalEntry> lastInFile = new TreeMap<>();
        Map<String, Long> firstInFile = new HashMap<>();
        for (SyncEntry se : bundle.entries()) {
            JournalEntry e = se.entry();
            String office = e.office();
            JournalEntry before = lastInFile.put(office, e);
            if (before != null && (before.seq() + 1 != e.seq() || !before.hash().equals(e.prevHash()))) {
                throw new LedgerException("sync.brokenLink", file, office, e.seq());
            }
            firstInFile.putIfAbsent(office, e.seq());
        }
        // Before anything is compared with this ledger: a fork is only a fork when its office signed it.
        Map<String, SignedHead> signed = signedHeads(bundle, file, lastInFile, firstInFile);
        Map<String, Long> held = new HashMap<>(r.heldByOffice());
        // What the file brings that this ledger already holds is compared hash by hash, read by ranges.
        Map<String, Map<Long, Hash>> heldHashes = new HashMap<>();
        firstInFile.forEach((office, first) -> {
            long last = Math.min(lastInFile.get(office).seq(), held.getOrDefault(office, 0L));
            heldHashes.put(office, first <= last ? r.hashesAt(office, first, last) : Map.of());
        });
        Map<String, Hash> heads = new HashMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Gap> gaps = new TreeMap<>();
        Plan plan = new Plan();
        for (int i = 0; i < bundle.entries().size(); i++) {
            JournalEntry e = bundle.entries().get(i).entry();
            String office = e.office();
            int[] c = counts.computeIfAbsent(office, k -> new int[3]);
            long have = held.getOrDefault(office, 0L);
            if (e.seq() <= have) {
                Hash mine = heldHashes.get(office).get(e.seq());
                if (mine == null) {
                    throw new IllegalStateException("entry " + e.seq() + " of office " + office + " is held but not found");
                }
                if (!mine.equals(e.hash())) {
                    throw new ForkFound(new Fork(office, e.seq(), mine, e.hash(), bundle.from(), clock.instant()),
                            new LedgerException("sync.fork", file, office, e.seq()));
                }
                c[1]++;
            } else if (e.seq() == have + 1) {
                Hash head = have == 0 ? Hash.ZERO
                        : heads.computeIfAbsent(office, o -> r.entryAt(o, have).orElseThrow().hash());
                if (!head.equals(e.prevHash())) {
                    throw new LedgerException("sync.brokenLink", file, office, e.seq());
                }
                plan.entries.add(e);
                plan.contents.add(contents.get(i));
                held.put(office, e.seq());
                heads.put(office, e.hash());
                c[0]++;
            } else {
                gaps.putIfAbsent(office, new Gap(office, have + 1, e.seq() - 1));
                c[2]++;
            }
        }
        // A head is kept once this ledger holds the entry it signed (and the file showed it is that entry).
        signed.forEach((office, h) -> {
            if (held.getOrDefault(office, 0L) >= h.seq()) {
                plan.heads.add(h);
            }
        });
        Map<String, OfficeCounts> offices = new TreeMap<>();
        counts.forEach((o, c) -> offices.put(o, new OfficeCounts(c[0], c[1], c[2])));
        Map<String, Long> known = r.acknowledgedBy(bundle.from());
        boolean confirmsMore = bundle.acks().entrySet().stream()
                .anyMatch(a -> a.getValue() > known.getOrDefault(a.getKey(), 0L));
        plan.preview = new Preview(bundle.from(), offices, List.copyOf(gaps.values()), confirmsMore);
        return plan;
    }

    /**
     * Every entry's content, each checked against its hash. The entries do not depend on each
     * other, so they are decoded on every core; a refusal names the first bad entry in the file,
     * as reading them one by one would.
     */
    private static List<EntryContent> decode(List<SyncEntry> entries, Path file) {
        EntryContent[] contents = new EntryContent[entries.size()];
        RuntimeException[] refusals = new RuntimeException[entries.size()];
        IntStream.range(0, entries.size()).parallel().forEach(i -> {
            SyncEntry se = entries.get(i);
            JournalEntry e = se.entry();
            try {
                EntryContent content = EntryDecoding.decode(e.kind(), se.body());
                // decode gave back exactly the body, so the body is what the hash covers.
                if (Journal.hash(e.prevHash(), e.seq(), e.office(), e.kind(), e.recordedAt(), se.body()).equals(e.hash())) {
                    contents[i] = content;
                } else {
                    refusals[i] = new LedgerException("sync.changedEntry", file, e.office(), e.seq());
                }
            } catch (RuntimeException refused) {
                refusals[i] = refused;
            }
        });
        for (RuntimeException refused : refusals) {
            if (refused != null) {
                throw refused;
            }
        }
        return Arrays.asList(contents);
    }

    /**
     * Each office's entries in the file must end at a head that office signed (format 2), or, in a
     * file of format 1, be the sender's own, which its signature over the file vouches for. By
     * office: the signed head its entries end at.
     */
    private static Map<String, SignedHead> signedHeads(SyncBundle bundle, Path file, Map<String, JournalEntry> last,
            Map<String, Long> first) {
        Map<String, SignedHead> out = new TreeMap<>();
        for (JournalEntry e : last.values()) {
            if (bundle.format() == SyncBundle.FORMAT_1) {
                if (!e.office().equals(bundle.from())) {
                    throw new LedgerException("sync.relayedUnsigned", file, e.office(), bundle.from());
                }
                continue;
            }
            SignedHead head = bundle.heads().stream()
                    .filter(h -> h.office().equals(e.office()) && h.seq() == e.seq() && h.hash().equals(e.hash()))
                    .findFirst()
                    .orElseThrow(() -> new LedgerException("sync.unsignedEntries", file, e.office(),
                            first.get(e.office()), e.seq(), bundle.from()));
            out.put(e.office(), head);
        }
        return out;
    }
}
