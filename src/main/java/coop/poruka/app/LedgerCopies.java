package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Whole-file copies of a ledger. A ledger is one file that its program writes in place at each
 * commit, so a copy during which the file did not change is the books as of the last commit
 * before it (the same state a killed program leaves, which the store is built to survive).
 */
final class LedgerCopies {
    /** Tries before giving up on a ledger that is written to all the time. */
    private static final int TRIES = 20;

    private LedgerCopies() {}

    /** Copies {@code source} to {@code target} during a moment when nothing wrote to it. */
    static void copySettled(Path source, Path target) {
        try {
            for (int i = 0; i < TRIES; i++) {
                BasicFileAttributes before = Files.readAttributes(source, BasicFileAttributes.class);
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                BasicFileAttributes after = Files.readAttributes(source, BasicFileAttributes.class);
                if (before.size() == after.size() && before.lastModifiedTime().equals(after.lastModifiedTime())
                        && Files.size(target) == after.size()) {
                    force(target);
                    return;
                }
                Thread.sleep(50L * (i + 1));
            }
        } catch (IOException e) {
            throw new LedgerException(e, "backup.failed", source, target, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new LedgerException("backup.unsettled", source);
    }

    /** Renames {@code from} to {@code to} in one step where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A file named like {@code ledger} with {@code tag} before the ending that does not exist yet. */
    static Path besides(Path ledger, String ending, String tag) {
        String name = ledger.getFileName().toString();
        String stem = name.endsWith(ending) ? name.substring(0, name.length() - ending.length()) : name;
        Path p = ledger.resolveSibling(stem + "." + tag + ending);
        for (int i = 2; Files.exists(p); i++) {
            p = ledger.resolveSibling(stem + "." + tag + "-" + i + ending);
        }
        return p;
    }

    /**
     * Deletes a working copy and whatever opening it left beside it (H2's trace file, the copy an
     * upgrade takes first): every file whose name starts like the working copy's.
     */
    static void discard(Path copy, String ending) {
        String name = copy.getFileName().toString();
        String stem = (name.endsWith(ending) ? name.substring(0, name.length() - ending.length()) : name) + ".";
        try (Stream<Path> siblings = Files.list(copy.getParent())) {
            for (Path p : siblings.filter(f -> f.getFileName().toString().startsWith(stem)).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a stray working copy does no harm to the books
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
