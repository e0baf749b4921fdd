package coop.poruka.app;

import coop.poruka.app.AddMember.NewMember;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import coop.poruka.domain.ledger.HybridTime;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Starts a new co-op's books: its name, unit of account and the office that keeps them. */
public final class InitLedger {
    private final LedgerStore store;
    private final Clock clock;

    public InitLedger(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Checks the settings before anything is created, so bad input leaves no file behind. */
    public static CoopSettings settings(String coopName, Unit unit, String officeCode, String officeName) {
        return new CoopSettings(UUID.randomUUID(), coopName, unit, officeCode, officeName);
    }

    public CoopSettings run(CoopSettings settings) {
        return store.write(w -> start(w, settings));
    }

    /** Starts the books with their first members: all in one transaction, so a refusal leaves none. */
    public CoopSettings run(CoopSettings settings, List<NewMember> members) {
        return store.write(w -> {
            start(w, settings);
            AddMember admit = new AddMember(store, clock);
            members.forEach(m -> admit.add(w, m));
            return settings;
        });
    }

    /** The first entry of the journal, inside a transaction that may go on to add more. */
    CoopSettings start(LedgerWriter w, CoopSettings settings) {
        if (w.settings().isPresent()) {
            throw new LedgerException("ledger.alreadyInitialized", store.location());
        }
        return first(w, settings, null);
    }

    /**
     * This office's first entry in a ledger that holds none of its own yet, after {@code received}
     * (the latest time of the entries already received, or null): an office joining from a sync
     * file starts after its entries (decision 0038).
     */
    CoopSettings first(LedgerWriter w, CoopSettings settings, Instant received) {
        SettingsChange content = new SettingsChange(settings);
        JournalEntry entry = Journal.next(null, settings.officeCode(), HybridTime.next(clock.instant(), null, received),
                content);
        w.append(entry, content);
        return settings;
    }
}
