package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.CreditRules;
import coop.poruka.domain.ledger.CreditRules.Breach;
import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Posts exchanges inside one write transaction: checks the parties and their credit, chains the
 * journal entry and keeps running balances. One exchange or a million go through the same checks;
 * bulk work is written in batches and the balances adjusted once at the end.
 */
final class Poster {
    private static final int BATCH = 5_000;

    private final LedgerWriter writer;
    private final Clock clock;
    private final CoopSettings settings;
    private final Map<String, Member> members;
    private final boolean allMembersLoaded;
    private final Map<String, Long> deltas = new HashMap<>();
    private final List<JournalEntry> pendingEntries = new ArrayList<>();
    private final List<Exchange> pendingExchanges = new ArrayList<>();
    private JournalEntry head;
    private final EntryClock entryClock;
    /** The guarantor system, when its rules make limits or credit depend on it; else null. */
    private final Standings standings;
    /** The latest closed month: nothing may be dated into it or before it. */
    private final java.util.Optional<java.time.YearMonth> lastClosed;
    /** Batches are written on a thread of their own while the next is checked and chained; see {@link #writingBehind}. */
    private ExecutorService writes;
    private Future<?> inFlight;

    /** @param loadAllMembers true for bulk work, so no exchange has to look members up one by one */
    Poster(LedgerWriter writer, Clock clock, boolean loadAllMembers) {
        this.writer = writer;
        this.clock = clock;
        this.settings = Books.settings(writer);
        this.head = Books.head(writer);
        this.entryClock = new EntryClock(writer, clock);
        this.allMembersLoaded = loadAllMembers;
        this.members = new HashMap<>();
        this.standings = Standings.ifTheyMatter(writer);
        this.lastClosed = writer.lastClosedMonth();
        if (loadAllMembers) {
            List<Member> all = writer.members();
            if (standings != null) {
                standings.load(all);
            }
            all.forEach(m -> members.put(m.code(), Standings.effective(m, standings)));
        }
    }

    /**
     * Writes each full batch on a thread of its own while this one checks and chains the next, one
     * batch at a time and in order. Only for bulk work that reads nothing from the writer meanwhile
     * (all members loaded); the caller must call {@link #settle} before its transaction ends,
     * however it ends.
     */
    Poster writingBehind() {
        if (!allMembersLoaded) {
            throw new IllegalStateException("writing behind needs a poster that loaded all members");
        }
        writes = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "poruka-bulk-write");
            t.setDaemon(true);
            return t;
        });
        return this;
    }

    CoopSettings settings() {
        return settings;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The codes of all members, as a copy; only for a poster that loaded all members. */
    Set<String> memberCodes() {
        if (!allMembersLoaded) {
            throw new IllegalStateException("memberCodes needs a poster that loaded all members");
        }
        return Set.copyOf(members.keySet());
    }

    /** The members of this exchange, as they stand including what this poster has not written yet. */
    Map<String, Member> parties(Exchange x) {
        Set<String> codes = new LinkedHashSet<>();
        for (Leg leg : x.legs()) {
            codes.add(leg.supplier());
            codes.add(leg.receiver());
        }
        if (!allMembersLoaded) {
            List<String> missing = codes.stream().filter(c -> !members.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                writer.members(missing).forEach((c, m) -> members.put(c, Standings.effective(m, standings)));
            }
        }
        Map<String, Member> parties = new HashMap<>();
        for (String code : codes) {
            Member m = members.get(code);
            if (m == null) {
                throw new LedgerException("member.unknown", code);
            }
            parties.put(code, m);
        }
        return parties;
    }

    /**
     * Checks an exchange against the rules without posting it.
     *
     * @param checkLimits false for a reversal: a correction restores the facts whatever the limits
     */
    void check(Exchange x, boolean checkLimits) {
        if (x.valueDate().isAfter(today())) {
            throw new LedgerException("exchange.futureDate", x.valueDate());
        }
        CloseMonth.refuseIfClosed(lastClosed, x.valueDate());
        Map<String, Member> parties = parties(x);
        if (!checkLimits) {
            return;
        }
        int decimals = settings.unit().decimals();
        Standings.refuseWithoutGuarantors(x, parties, standings);
        for (Breach b : CreditRules.check(x, parties)) {
            Member m = b.member();
            if (b.kind() == CreditRules.Kind.NOT_ACTIVE) {
                throw new LedgerException("exchange.memberNotActive", m.code(), m.name(), m.status().name().toLowerCase());
            }
            if (x.overrideReason() == null) {
                throw new LedgerException("exchange.belowLimit", m.code(), m.name(),
                        Amounts.format(m.balance(), decimals), Amounts.format(-m.creditLimit(), decimals),
                        Amounts.format(b.balanceAfter(), decimals));
            }
        }
    }

    /** Checks and queues one exchange; it is written at the next {@link #flush} or batch boundary. */
    PostedExchange post(Exchange x, boolean checkLimits) {
        check(x, checkLimits);
        ExchangePosted content = new ExchangePosted(x);
        head = Journal.next(head, settings.officeCode(), entryClock.next(head), content);
        x.netByMember().forEach((code, net) -> {
            Member m = members.get(code);
            members.put(code, m.withBalance(Math.addExact(m.balance(), net)));
            deltas.merge(code, net, Math::addExact);
        });
        pendingEntries.add(head);
        pendingExchanges.add(x);
        if (pendingEntries.size() >= BATCH) {
            writeBatch();
        }
        return new PostedExchange(x, head.seq(), head.recordedAt(), head.hash());
    }

    private void writeBatch() {
        if (pendingEntries.isEmpty()) {
            return;
        }
        if (writes == null) {
            writer.appendExchanges(pendingEntries, pendingExchanges);
        } else {
            awaitWrite(); // one batch at a time, so rows reach the ledger in chain order
            List<JournalEntry> entries = List.copyOf(pendingEntries);
            List<Exchange> exchanges = List.copyOf(pendingExchanges);
            inFlight = writes.submit(() -> writer.appendExchanges(entries, exchanges));
        }
        pendingEntries.clear();
        pendingExchanges.clear();
    }

    /** Waits for the batch being written; its failure is this poster's failure. */
    private void awaitWrite() {
        Future<?> f = inFlight;
        inFlight = null;
        if (f == null) {
            return;
        }
        try {
            Workers.result(f);
        } catch (Progress.Cancelled e) {
            settle();
            throw e;
        }
    }

    /** Writes what is queued and the balance changes. */
    void flush() {
        writeBatch();
        awaitWrite();
        writer.adjustBalances(deltas);
        deltas.clear();
    }

    /** Lets any batch still being written finish (its failure is dropped: the caller is ending anyway) and stops the writing thread. */
    void settle() {
        if (writes == null) {
            return;
        }
        Future<?> f = inFlight;
        inFlight = null;
        boolean interrupted = false;
        while (f != null) {
            try {
                f.get();
                f = null;
            } catch (ExecutionException e) {
                f = null;
            } catch (InterruptedException e) {
                interrupted = true; // the transaction must not end under a write still running
            }
        }
        writes.shutdown();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
