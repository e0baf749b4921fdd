package coop.poruka.app;

import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.office.OfficeCertificate;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The office's identity: the founding office makes the co-op CA and its own certificate, other
 * offices request theirs and take in the answer, and every document is signed with the office key.
 */
public final class OfficeCertificates {
    private static final String SUFFIX = ".mv.db";

    private final OfficeIdentity identity;
    private final Clock clock;

    public OfficeCertificates(OfficeIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    /** Where an office keeps its keystore by default: beside the ledger, {@code NAME.mv.db} -> {@code NAME.office.p12}. */
    public static Path besideLedger(Path ledgerFile) {
        String name = ledgerFile.getFileName().toString();
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return ledgerFile.resolveSibling(base + ".office.p12");
    }

    /**
     * The office keystore of an open ledger: the one its office named ({@link #remember}) while
     * that file is still there, or else the one beside the ledger (a ledger moved together with
     * its keystore keeps them paired).
     */
    public static Path keystoreOf(LedgerStore store) {
        return store.read(r -> r.officeKeystore()).map(Path::of).filter(Files::isRegularFile)
                .orElseGet(() -> besideLedger(Path.of(store.location())));
    }

    /** The ledger remembers where its office keeps the keystore, so later commands and the window find it. */
    public void remember(LedgerStore store, Path keystore) {
        String path = keystore.toAbsolutePath().normalize().toString();
        store.write(w -> {
            if (!w.officeKeystore().map(path::equals).orElse(false)) {
                w.rememberKeystore(path, clock.instant());
            }
            return null;
        });
    }

    /** The founding office: the co-op CA and this office's certificate, named as the ledger names them. */
    public OfficeCertificate found(LedgerStore store, Path keystore, char[] password) {
        CoopSettings coop = store.read(Books::settings);
        OfficeCertificate c = identity.found(keystore, password, coop.name(), coop.officeCode(), coop.officeName(),
                clock.instant());
        remember(store, keystore);
        return c;
    }

    /** A new office, before it has books: its key pair and the request to send to the founding office. */
    public void request(Path keystore, char[] password, String officeCode, String officeName, Path csr) {
        identity.request(keystore, password, officeCode, officeName, csr);
    }

    /** The founding office answers a request with a certificate in the co-op's name. */
    public OfficeCertificate issue(LedgerStore store, Path keystore, char[] password, Path csr, Path certificate) {
        CoopSettings coop = store.read(Books::settings);
        return identity.issue(keystore, password, coop.name(), csr, certificate, clock.instant());
    }

    public OfficeCertificate accept(Path keystore, char[] password, Path certificate) {
        return identity.accept(keystore, password, certificate);
    }

    public OfficeCertificate exportCa(Path keystore, char[] password, Path pem) {
        return identity.exportCa(keystore, password, pem);
    }

    public OfficeCertificate exportCertificate(Path keystore, char[] password, Path pem) {
        return identity.exportCertificate(keystore, password, pem);
    }

    /** The documents, signed by this office: opens the office key once for a whole batch. */
    public Documents signing(Documents documents, Path keystore, char[] password) {
        OfficeKey key = identity.open(keystore, password);
        return documents.signedBy(key, clock);
    }

    /**
     * The same, but the password is asked for and the key opened only when the first document is
     * written, so a mistake found while reading the books is reported without asking for it.
     */
    public Documents signingWhenNeeded(Documents documents, Path keystore, Supplier<char[]> password) {
        return new LazilySigned(documents, () -> signing(documents, keystore, password.get()));
    }
}
