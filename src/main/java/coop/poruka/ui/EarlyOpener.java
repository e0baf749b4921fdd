package coop.poruka.ui;

import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Starts opening the ledger the window will ask for while JavaFX is still starting: opening a
 * large ledger (the database and the first use of jOOQ) takes about as long as the toolkit, and
 * one need not wait for the other. The window then asks for the same ledger through this opener
 * and gets the store already open; any other request goes straight to the real opener.
 */
final class EarlyOpener implements LedgerOpener {
    private final LedgerOpener ledgers;
    private final Path path;
    private final boolean create;
    private CompletableFuture<LedgerStore> early;

    private EarlyOpener(LedgerOpener ledgers, Path path, boolean create) {
        this.ledgers = ledgers;
        this.path = path;
        this.create = create;
    }

    /** Begins {@code ledgers.open(path, create)} on a thread of its own and returns at once. */
    static EarlyOpener start(LedgerOpener ledgers, Path path, boolean create) {
        EarlyOpener opener = new EarlyOpener(ledgers, path, create);
        opener.early = CompletableFuture.supplyAsync(() -> {
            StartupProbe.mark("opening the ledger");
            LedgerStore store = ledgers.open(path, create);
            StartupProbe.mark("ledger open");
            return store;
        }, runnable -> {
            Thread thread = new Thread(runnable, "poruka-open-early");
            thread.setDaemon(true); // a window closed at once must not wait for it
            thread.start();
        });
        return opener;
    }

    @Override
    public synchronized LedgerStore open(Path requested, boolean requestedCreate) {
        if (early == null || !Objects.equals(requested, path) || requestedCreate != create) {
            return ledgers.open(requested, requestedCreate);
        }
        CompletableFuture<LedgerStore> claimed = early;
        early = null; // handed out once: a later open of the same ledger is a new one
        try {
            return claimed.join();
        } catch (CompletionException e) {
            // The same refusal the window would have met opening it itself ("in use", "not found").
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public <T> T createWhole(Path requested, Function<LedgerStore, T> fill) {
        return ledgers.createWhole(requested, fill);
    }

    /**
     * Whether {@code requested} is the ledger being opened early and it is open, or opens within
     * {@code wait}: then {@link #open} hands it over at once. False also when the opening failed
     * (opening it again says why, where the person sees it).
     */
    synchronized boolean opensWithin(Path requested, boolean requestedCreate, Duration wait) {
        if (early == null || !Objects.equals(requested, path) || requestedCreate != create) {
            return false;
        }
        try {
            early.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes the early store if nobody claimed it (the window was closed before it was shown). */
    synchronized void discard() {
        if (early != null) {
            early.thenAccept(LedgerStore::close);
            early = null;
        }
    }

    @Override
    public Path resolve(Path requested) {
        return ledgers.resolve(requested);
    }

    @Override
    public boolean exists(Path requested) {
        return ledgers.exists(requested);
    }
}
