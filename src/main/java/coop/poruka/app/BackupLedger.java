package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Takes a backup: a copy of the ledger file, made while the ledger may be open in the window, and
 * checked like {@code verify} before it is put where the person asked. The window may call this
 * with the ledger it has open.
 */
public final class BackupLedger {
    private final LedgerOpener ledgers;

    public BackupLedger(LedgerOpener ledgers) {
        this.ledgers = ledgers;
    }

    /** The backup written, with the number of journal entries and the chain head it holds. */
    public record Result(Path backup, long entries, Hash head) {}

    /**
     * @param ledger the ledger (null: the default one)
     * @param out    the backup file to write; it must not exist yet
     */
    public Result run(Path ledger, Path out) {
        Path source = ledgers.resolve(ledger);
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new LedgerException("backup.exists", target);
        }
        if (!ledgers.exists(source)) {
            throw new LedgerException("ledger.notFound", source);
        }
        // The working copy is a ledger file of its own (.mv.db), so that it can be opened and checked.
        Path work = workingCopy(target);
        try {
            copyHeld(source, work);
            VerifyLedger.Report report = Restores.check(ledgers, work, target);
            LedgerCopies.move(work, target);
            return new Result(target, report.entries(), report.head());
        } catch (IOException e) {
            throw new LedgerException(e, "backup.failed", source, target, e.getMessage());
        } finally {
            LedgerCopies.discard(work, Restores.ENDING);
        }
    }

    /**
     * Opens the ledger first where it can: then no other program writes to it during the copy (and
     * an older ledger is brought up to date first). A ledger another program has open is copied
     * between its commits instead.
     */
    private void copyHeld(Path source, Path work) {
        LedgerStore held = null;
        try {
            held = ledgers.open(source, false);
        } catch (LedgerException e) {
            if (!e.key().equals("ledger.inUse")) {
                throw e;
            }
        }
        try {
            LedgerCopies.copySettled(source, work);
        } finally {
            if (held != null) {
                held.close();
            }
        }
    }

    private static Path workingCopy(Path target) {
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            return LedgerCopies.besides(dir.resolve("." + target.getFileName() + Restores.ENDING), Restores.ENDING,
                    "writing");
        } catch (IOException e) {
            throw new LedgerException(e, "backup.failed", target, target, e.getMessage());
        }
    }
}
