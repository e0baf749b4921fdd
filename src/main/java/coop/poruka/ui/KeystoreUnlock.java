package coop.poruka.ui;

import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The office key that signs the window's documents, opened with the keystore password typed once
 * per window. What is kept is the opened key, in memory only; the password itself is cleared as soon
 * as the key is open and is never written anywhere. Every screen that signs (statements, receipts,
 * sync files) shares the one instance of its {@link LedgerSession}. Lives on the FX thread.
 */
public final class KeystoreUnlock {
    private final Path keystore;
    private final OfficeIdentity identity;
    private final Documents plain;
    private final Clock clock;
    private final Labels labels;
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private volatile Documents signed;
    /** Read by the Sync screen's background work too. */
    private volatile OfficeKey key;

    /** @param keystore the office keystore (by default beside the ledger, see {@link OfficeCertificates#besideLedger}) */
    public KeystoreUnlock(Path keystore, OfficeIdentity identity, Documents plain, Clock clock, Labels labels) {
        this.keystore = keystore;
        this.identity = identity;
        this.plain = plain;
        this.clock = clock;
        this.labels = labels;
    }

    public Path keystore() {
        return keystore;
    }

    /** False until {@code poruka office ca-init} (or request and accept) made this office's keystore. */
    public boolean hasKeystore() {
        return Files.isRegularFile(keystore);
    }

    /** One sentence for a ledger without a keystore: documents cannot be signed, and what to do. */
    public String noKeystoreSentence() {
        return labels.get("keystore.none", keystore);
    }

    /** True once the password was given and the key opened. */
    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    public boolean isUnlocked() {
        return unlocked.get();
    }

    /** Why the last password did not open the key (one sentence), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Opens the office key with {@code password}; false, with the sentence in {@link #problemProperty},
     * when it is wrong or the keystore cannot sign. The array is cleared either way.
     */
    public boolean unlock(char[] password) {
        try {
            if (!hasKeystore()) {
                problem.set(noKeystoreSentence());
                return false;
            }
            if (password == null || password.length == 0) {
                problem.set(labels.get("keystore.passwordMissing"));
                return false;
            }
            opened(identity.open(keystore, password));
            shown();
            return true;
        } catch (LedgerException e) {
            problem.set("identity.wrongPassword".equals(e.key()) ? labels.get("keystore.wrongPassword")
                    : e.message(labels.locale()));
            return false;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Takes a key opened elsewhere in this window (the Sync screen) from this keystore, so the
     * password is not asked again. Any thread: the properties change on the FX thread.
     */
    public void adopt(OfficeKey opened) {
        opened(opened);
        if (Platform.isFxApplicationThread()) {
            shown();
        } else {
            Platform.runLater(this::shown);
        }
    }

    private void opened(OfficeKey opened) {
        key = opened;
        signed = plain.signedBy(opened, clock);
    }

    private void shown() {
        problem.set("");
        unlocked.set(true);
    }

    /** The opened office key, once the password was given in this window. */
    public Optional<OfficeKey> key() {
        return Optional.ofNullable(key);
    }

    /** The documents signed by the office, once the key is open. */
    public Optional<Documents> signed() {
        return Optional.ofNullable(signed);
    }

    /** The documents without a signature, for an office that has no keystore (decision 31). */
    public Documents unsigned() {
        return plain;
    }
}
