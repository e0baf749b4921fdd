package coop.poruka.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Whole-file copies of ledgers that never leave a half-written ledger behind. */
final class LedgerFiles {
    private LedgerFiles() {}

    /**
     * Replaces {@code target} by a copy of {@code source}: the copy is written and forced to disk
     * beside the target first, then renamed over it, so a crash leaves the old file or the new one.
     * The copy keeps the source's modification time.
     */
    static void replace(Path target, Path source) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".poruka-", ".tmp");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            force(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
