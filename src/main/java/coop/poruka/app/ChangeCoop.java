package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;

/**
 * Renames the co-op, its unit or its office. The old settings stay in the journal: a change is a
 * new settings entry, never an edit of the first one.
 */
public final class ChangeCoop {
    private final LedgerStore store;
    private final Clock clock;

    public ChangeCoop(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What the co-op should be called from now on; the co-op's id never changes. */
    public record Change(String name, Unit unit, String officeCode, String officeName) {}

    /** Recorded amounts are minor units of the current decimals, so those are fixed once any exist. */
    public boolean decimalsMayChange() {
        return store.read(ChangeCoop::noExchanges);
    }

    /** Appends the new settings, or nothing when they are the same; returns the settings in force. */
    public CoopSettings run(Change change) {
        return store.write(w -> {
            CoopSettings old = Books.settings(w);
            CoopSettings updated = new CoopSettings(old.coopId(), change.name(), change.unit(), change.officeCode(),
                    change.officeName());
            if (updated.equals(old)) {
                return old;
            }
            int from = old.unit().decimals();
            int to = updated.unit().decimals();
            if (from != to && !noExchanges(w)) {
                throw new LedgerException("coop.decimalsFixed", from, to);
            }
            SettingsChange content = new SettingsChange(updated);
            // Recorded under the office code in force from this entry on, as the entry itself says.
            Books.append(w, clock, updated.officeCode(), content);
            return updated;
        });
    }

    private static boolean noExchanges(LedgerReader r) {
        return r.latestExchanges(1).isEmpty();
    }
}
