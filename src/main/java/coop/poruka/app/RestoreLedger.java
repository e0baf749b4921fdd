package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.port.LedgerOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Puts a backup in place of a ledger. The backup is copied beside the ledger and verified first;
 * only a sound copy replaces the ledger, and the ledger as it was is kept beside it. The window
 * closes its ledger before calling this.
 */
public final class RestoreLedger {
    private final LedgerOpener ledgers;

    public RestoreLedger(LedgerOpener ledgers) {
        this.ledgers = ledgers;
    }

    /** The ledger restored, where the ledger as it was is kept (when there was one), and what the backup holds. */
    public record Result(Path ledger, Optional<Path> previous, long entries, Hash head) {}

    public Result run(Path ledger, Path backup) {
        Path from = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) {
            throw new LedgerException("restore.notFound", from);
        }
        Path target = ledgers.resolve(ledger);
        Path work = LedgerCopies.besides(target.resolveSibling("." + target.getFileName()), Restores.ENDING,
                "restoring");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(from, work, StandardCopyOption.REPLACE_EXISTING);
            VerifyLedger.Report report = Restores.check(ledgers, work, from);
            Optional<Path> previous = Optional.empty();
            if (ledgers.exists(target)) {
                refuseWhileOpen(target);
                previous = Optional.of(LedgerCopies.besides(target, Restores.ENDING, "before-restore"));
                LedgerCopies.move(target, previous.get());
            }
            LedgerCopies.move(work, target);
            return new Result(target, previous, report.entries(), report.head());
        } catch (IOException e) {
            throw new LedgerException(e, "restore.failed", target, e.getMessage());
        } finally {
            LedgerCopies.discard(work, Restores.ENDING);
        }
    }

    /** A ledger some program has open must not be swapped under it; a damaged one may be replaced. */
    private void refuseWhileOpen(Path target) {
        try {
            ledgers.open(target, false).close();
        } catch (LedgerException e) {
            if (e.key().equals("ledger.inUse")) {
                throw e;
            }
        }
    }
}
