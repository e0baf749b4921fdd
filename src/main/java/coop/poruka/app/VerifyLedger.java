package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.HybridTime;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.RecordedEntry;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that nothing in the books was changed, dropped or inserted behind the journal's back:
 * recomputes every entry's hash from the stored rows and the chain of hashes, then checks each
 * balance against the sum of its postings and that all balances sum to zero.
 */
public final class VerifyLedger {
    private final LedgerStore store;

    public VerifyLedger(LedgerStore store) {
        this.store = store;
    }

    /**
     * @param firstBadEntry the sequence number of the first entry that fails, or 0
     * @param problems      what is wrong, first problem first; empty when the books are sound
     */
    public record Report(long entries, Hash head, long firstBadEntry, List<LedgerException> problems,
            List<DepositChecks.Total> deposits) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Report run(Progress progress) {
        return store.readSnapshot(r -> check(r, progress));
    }

    private Report check(LedgerReader r, Progress progress) {
        List<LedgerException> problems = new ArrayList<>();
        Optional<JournalEntry> head = r.head();
        long total = head.map(JournalEntry::seq).orElse(0L);
        Chain chain = new Chain(problems, progress, r.entryCount());
        r.scanJournal(chain::accept);
        long expected = head.map(h -> chain.expected(h.office())).orElse(1L);
        if (expected - 1 < total && chain.firstBad == 0) {
            chain.fail(expected, new LedgerException("verify.missingEntry", expected));
        }
        r.contentCounts().forEach((kind, rows) -> {
            long journaled = chain.counts.getOrDefault(kind, 0L);
            if (rows != journaled) {
                problems.add(new LedgerException("verify.unjournaledRows", rows - journaled, kind.name().toLowerCase()));
            }
        });
        Map<String, Member> current = new HashMap<>();
        chain.lastVersion.forEach((code, version) -> current.put(code, version.getValue()));
        checkMembers(r, current, problems);
        for (Map.Entry<JournalEntry, EntryContent.PeriodClose> closed : chain.closes) {
            // The head a close names must be the entry the closing office's chain has at that place
            // (before an office received anything, its chain place is also its storage position).
            EntryContent.PeriodClose c = closed.getValue();
            boolean matches = c.headSeq() == 0 ? c.headHash() == null
                    : r.entryAt(closed.getKey().office(), c.headSeq()).or(() -> r.journalEntry(c.headSeq()))
                            .map(e -> e.hash().hex().equals(c.headHash())).orElse(false);
            if (!matches) {
                problems.add(new LedgerException("verify.closeHead", c.month().toString(), c.headSeq()));
            }
        }
        int decimals = r.settings().map(s -> s.unit().decimals()).orElse(0);
        List<DepositChecks.Total> deposits = DepositChecks.check(chain.guarantorEntries, decimals, problems);
        return new Report(chain.seen, chain.prev, chain.firstBad, List.copyOf(problems), deposits);
    }

    private static void checkMembers(LedgerReader r, Map<String, Member> lastVersion, List<LedgerException> problems) {
        Map<String, Long> posted = r.balancesFromPostings();
        long sum = 0;
        for (Member m : r.members()) {
            sum = Math.addExact(sum, m.balance());
            long fromPostings = posted.getOrDefault(m.code(), 0L);
            if (fromPostings != m.balance()) {
                problems.add(new LedgerException("verify.balance", m.code(), m.balance(), fromPostings));
            }
            Member journaled = lastVersion.get(m.code());
            if (journaled == null || !sameDetails(journaled, m)) {
                problems.add(new LedgerException("verify.memberRecord", m.code()));
            }
        }
        if (sum != 0) {
            problems.add(new LedgerException("verify.zeroSum", sum));
        }
    }

    private static boolean sameDetails(Member a, Member b) {
        return a.name().equals(b.name()) && a.status() == b.status() && a.creditLimit() == b.creditLimit()
                && a.joined().equals(b.joined()) && Objects.equals(a.contact(), b.contact());
    }

    /**
     * Walks the journal in order, following each office's chain of hashes on its own (a ledger
     * holds the entries of every office, docs/decisions/0024).
     */
    private static final class Chain {
        final List<LedgerException> problems;
        final Progress progress;
        final long total;
        final Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
        /** Each member's version that stands: the latest in hybrid time (docs/decisions/0027). */
        final Map<String, Map.Entry<JournalEntry, Member>> lastVersion = new HashMap<>();
        final List<coop.poruka.domain.ledger.EntryContent> guarantorEntries = new ArrayList<>();
        final List<Map.Entry<JournalEntry, EntryContent.PeriodClose>> closes = new ArrayList<>();
        final Map<String, Long> expectedSeq = new HashMap<>();
        final Map<String, Hash> prevByOffice = new HashMap<>();
        String lastOffice;
        long seen;
        long firstBad;
        Hash prev = Hash.ZERO;

        Chain(List<LedgerException> problems, Progress progress, long total) {
            this.problems = problems;
            this.progress = progress;
            this.total = total;
        }

        long expected(String office) {
            return expectedSeq.getOrDefault(office, 1L);
        }

        void fail(long seq, LedgerException problem) {
            if (firstBad == 0) {
                firstBad = seq;
                problems.add(0, problem);
            }
        }

        void accept(RecordedEntry e) {
            JournalEntry entry = e.entry();
            long seq = entry.seq();
            // An office whose code was changed goes on with its chain under the new code.
            if (!expectedSeq.containsKey(entry.office()) && lastOffice != null && seq > 1
                    && expected(lastOffice) == seq && entry.prevHash().equals(prevByOffice.get(lastOffice))) {
                expectedSeq.put(entry.office(), seq);
                prevByOffice.put(entry.office(), entry.prevHash());
            }
            lastOffice = entry.office();
            long expected = expected(entry.office());
            if (seq != expected) {
                fail(expected, new LedgerException("verify.missingEntry", expected));
            } else if (!entry.prevHash().equals(prevByOffice.getOrDefault(entry.office(), Hash.ZERO))) {
                fail(seq, new LedgerException("verify.brokenLink", seq));
            } else if (e.content() == null) {
                fail(seq, new LedgerException("verify.missingContent", seq, entry.kind().name().toLowerCase()));
            } else if (e.content().kind() != entry.kind()
                    || !Journal.expectedHash(entry, e.content()).equals(entry.hash())) {
                fail(seq, new LedgerException("verify.changedEntry", seq, entry.kind().name().toLowerCase(),
                        entry.recordedAt()));
            }
            if (e.content() != null) {
                counts.merge(e.content().kind(), 1L, Long::sum);
                if (e.content() instanceof EntryContent.PeriodClose c) {
                    closes.add(Map.entry(entry, c));
                } else if (e.content() instanceof MemberChange mc) {
                    lastVersion.merge(mc.member().code(), Map.entry(entry, mc.member()),
                            (held, other) -> HybridTime.after(other.getKey(), held.getKey()) ? other : held);
                } else if (DepositChecks.isGuarantorEntry(e.content())) {
                    guarantorEntries.add(e.content());
                }
            }
            expectedSeq.put(entry.office(), seq + 1);
            prevByOffice.put(entry.office(), entry.hash());
            prev = entry.hash();
            seen++;
            if (seen % 10_000 == 0) {
                progress.update(seen, total);
                progress.checkCancelled();
            }
        }
    }
}
