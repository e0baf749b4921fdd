package coop.poruka.domain.port;

import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.office.OfficeKey;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.UUID;

/** Sync files (docs/sync-format.md): written signed by the office, read only when they check out. */
public interface SyncFiles {
    void write(Path file, SyncBundle bundle, OfficeKey key);

    /** The office signs the head of its own chain, {@code head}, as of {@code at}. */
    SignedHead signHead(UUID coop, JournalEntry head, Instant at, OfficeKey key);

    /**
     * Reads a file, refusing (with a {@code LedgerException} naming the cause) one that is not a
     * sync file, truncated or changed, of an unknown format version, or not signed by an office
     * whose certificate {@code coopCa} issued. Every signed head it returns was checked: signed by
     * a certificate of its office that {@code coopCa} issued, valid when the head was signed.
     */
    SyncBundle read(Path file, X509Certificate coopCa);
}
