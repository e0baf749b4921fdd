package coop.poruka.ui;

import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The office keystore as the Sync screen uses it, opened with the password typed in the window and
 * held open for as long as the window shows this ledger: never written anywhere, forgotten when the
 * window closes or another keystore is chosen. For the keystore beside the ledger it shares the key
 * with the window's {@link KeystoreUnlock}, so the password is typed once per window whichever
 * screen asks first. Used from background work, hence synchronized.
 */
public final class SyncKeystore {
    private final OfficeIdentity identity;
    private final KeystoreUnlock shared;
    private Path keystore;
    private OfficeKey key;

    public SyncKeystore(OfficeIdentity identity, Path keystore) {
        this(identity, keystore, null);
    }

    /** @param shared the window's key for the keystore beside the ledger (statements, receipts); null: none */
    public SyncKeystore(OfficeIdentity identity, Path keystore, KeystoreUnlock shared) {
        this.identity = identity;
        this.keystore = keystore;
        this.shared = shared;
    }

    public synchronized Path keystore() {
        return keystore;
    }

    /** Another keystore: the one held open is forgotten. */
    public synchronized void keystore(Path file) {
        if (!file.equals(keystore)) {
            lock();
            keystore = file;
        }
    }

    public synchronized boolean unlocked() {
        return key != null || sharedKey().isPresent();
    }

    /**
     * The office key: the one held open (here or by the window's other screens), else the keystore
     * opened with {@code typed}. A wrong password throws the {@code LedgerException} that says so,
     * and nothing is kept.
     */
    public synchronized OfficeKey key(char[] typed) {
        if (key == null) {
            Optional<OfficeKey> open = sharedKey();
            key = open.isPresent() ? open.get() : identity.open(keystore, typed);
            if (shared != null && open.isEmpty() && keystore.equals(shared.keystore())) {
                shared.adopt(key);
            }
        }
        return key;
    }

    /** Forgets the key held here (the window forgets its own when it closes). */
    public synchronized void lock() {
        key = null;
    }

    private Optional<OfficeKey> sharedKey() {
        return shared != null && keystore.equals(shared.keystore()) ? shared.key() : Optional.empty();
    }
}
