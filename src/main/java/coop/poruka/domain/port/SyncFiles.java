package coop.poruka.domain.port;

import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.office.OfficeKey;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/** Sync files (docs/sync-format.md): written signed by the office, read only when they check out. */
public interface SyncFiles {
    void write(Path file, SyncBundle bundle, OfficeKey key);

    /**
     * Reads a file, refusing (with a {@code LedgerException} naming the cause) one that is not a
     * sync file, truncated or changed, of an unknown format version, or not signed by an office
     * whose certificate {@code coopCa} issued.
     */
    SyncBundle read(Path file, X509Certificate coopCa);
}
