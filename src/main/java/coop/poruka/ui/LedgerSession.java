package coop.poruka.ui;

import coop.poruka.app.OfficeCertificates;
import coop.poruka.app.Queries;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.OfficeIdentity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every screen of one open ledger shares: the ledger, the clock, the person's words and
 * number formats, and a signal that the books changed (so a member's balance posted at the
 * counter is the balance the members screen shows next). Lives on the FX thread.
 */
public final class LedgerSession {
    private final LedgerStore store;
    private final Labels labels;
    private final Clock clock;
    private final Documents documents;
    private final KeystoreUnlock keys;
    private final List<Runnable> listeners = new ArrayList<>();
    private Formats formats;

    public LedgerSession(LedgerStore store, Labels labels, Clock clock) {
        this(store, labels, clock, null);
    }

    /** @param documents writes receipts; null for a window that prints none */
    public LedgerSession(LedgerStore store, Labels labels, Clock clock, Documents documents) {
        this(store, labels, clock, documents, null);
    }

    /**
     * @param documents writes receipts and statements; null for a window that prints none
     * @param identity  opens the office key in the office keystore (see OfficeCertificates.keystoreOf); null: nothing is signed
     */
    public LedgerSession(LedgerStore store, Labels labels, Clock clock, Documents documents, OfficeIdentity identity) {
        this.keys = documents == null || identity == null ? null
                : new KeystoreUnlock(OfficeCertificates.keystoreOf(store), identity, documents,
                        clock, labels);
        this.documents = documents;
        this.store = store;
        this.labels = labels;
        this.clock = clock;
        reloadFormats();
    }

    public LedgerStore store() {
        return store;
    }

    public Labels labels() {
        return labels;
    }

    public Clock clock() {
        return clock;
    }

    /** Writes receipts as files; empty when this window prints none. */
    public Optional<Documents> documents() {
        return Optional.ofNullable(documents);
    }

    /** The office key that signs this window's documents; empty when the window signs none. */
    public Optional<KeystoreUnlock> keys() {
        return Optional.ofNullable(keys);
    }

    public Formats formats() {
        return formats;
    }

    public Queries queries() {
        return new Queries(store);
    }

    /** Reads the unit again (after the settings changed) so amounts keep the unit's decimals. */
    public void reloadFormats() {
        CoopSettings settings = queries().settings();
        formats = new Formats(labels.locale(), settings.unit().decimals());
    }

    /** Runs {@code listener} after every change to the books made through this window. */
    public void onChanged(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells every screen the books changed; call after a successful write. */
    public void changed() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
