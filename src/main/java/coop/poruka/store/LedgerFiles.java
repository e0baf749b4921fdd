package coop.poruka.store;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.port.LedgerStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * Makes a new ledger whole or not at all: {@code fill} writes it under a name of its own beside
     * {@code file}, and it takes {@code file}'s name only once {@code fill} returned and the ledger
     * was closed. A failure, or the process killed on the way, leaves no ledger at {@code file}; a
     * ledger already there is refused before anything is made.
     */
    static <T> T createWhole(LedgerFile file, Function<? super LedgerStore, T> fill) {
        if (Files.exists(file.path())) {
            throw new LedgerException("ledger.exists", file.path());
        }
        LedgerFile unfinished = new LedgerFile(Path.of(file.h2Name() + ".unfinished-"
                + UUID.randomUUID().toString().substring(0, 8) + LedgerFile.SUFFIX));
        T result;
        try {
            try (H2LedgerStore store = H2LedgerStore.open(unfinished, true)) {
                // A larger page cache while it is filled; the ledger then keeps H2's own, as every ledger does.
                // (CACHE_SIZE is stored in the database: set on opening an existing ledger, it would write to it.)
                store.pageCache(LedgerFile.fillingCacheKb(Runtime.getRuntime().maxMemory()));
                result = fill.apply(store);
                store.pageCache(LedgerFile.DEFAULT_CACHE_KB);
            }
            Files.move(unfinished.path(), file.path());
            keepTrace(unfinished, file);
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(unfinished);
            throw new LedgerException(e, "ledger.exists", file.path());
        } catch (IOException e) {
            deleteQuietly(unfinished);
            throw new LedgerException(e, "ledger.storageError", file.path(), e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(unfinished);
            throw e;
        }
        return result;
    }

    /** What H2 noted while the ledger was made goes with it, unless the ledger's own notes are already there. */
    private static void keepTrace(LedgerFile from, LedgerFile to) {
        try {
            if (Files.exists(from.traceFile())) {
                Files.move(from.traceFile(), to.traceFile());
            }
        } catch (IOException ignored) {
            // left under the unfinished name beside the ledger: still there to read
        }
    }

    private static void deleteQuietly(LedgerFile ledger) {
        for (Path p : new Path[] {ledger.path(), ledger.traceFile()}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // an unfinished ledger left beside the books is named as such and does no harm
            }
        }
    }
}
