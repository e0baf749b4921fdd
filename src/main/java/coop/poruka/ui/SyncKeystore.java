package coop.poruka.ui;

import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The office keystore, opened with the password typed in the window and held open for as long
 * as the window shows this ledger: never written anywhere, forgotten when the window closes or
 * another keystore is chosen. Any screen that signs or checks can share it.
 */
public final class SyncKeystore {
    private final OfficeIdentity identity;
    private Path keystore;
    private char[] password;
    private OfficeKey key;

    public SyncKeystore(OfficeIdentity identity, Path keystore) {
        this.identity = identity;
        this.keystore = keystore;
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
        return key != null;
    }

    /**
     * The office key: the one held open, else the keystore opened with {@code typed}. A wrong
     * password throws the {@code LedgerException} that says so, and nothing is kept.
     */
    public synchronized OfficeKey key(char[] typed) {
        if (key == null) {
            key = identity.open(keystore, typed);
            password = typed.clone();
        }
        return key;
    }

    /** The password the keystore was opened with, for work that opens it itself (signing documents). */
    public synchronized Optional<char[]> password() {
        return Optional.ofNullable(password).map(char[]::clone);
    }

    /** Forgets the key and the password. */
    public synchronized void lock() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        password = null;
        key = null;
    }
}
