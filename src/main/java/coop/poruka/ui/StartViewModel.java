package coop.poruka.ui;

import coop.poruka.app.MakeDemo;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.RestoreLedger;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * Opening the ledger the window shows, before there is anything else to show. The default
 * ledger is created with a demo co-op on the first start, so a new person has something to look
 * around in; a ledger named by path must already exist.
 */
public final class StartViewModel {
    /** Progress of work whose length is not known yet (a spinning indicator). */
    public static final double UNKNOWN = -1;

    private final Path ledger;
    private final LedgerOpener ledgers;
    private final Clock clock;
    private final Labels labels;
    private final Documents documents;
    private final OfficeIdentity identity;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", UNKNOWN);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    /** A backup to put in place of the ledger before it is opened (File > Restore), or null. */
    private Path restoreFrom;
    private String notice;
    private final ReadOnlyBooleanWrapper backOffered = new ReadOnlyBooleanWrapper(this, "backOffered", false);
    private Runnable back = () -> {};
    private OfficeFiles offices;

    /** @param ledger the ledger file, or null for the default ledger */
    public StartViewModel(Path ledger, LedgerOpener ledgers, Clock clock, Labels labels) {
        this(ledger, ledgers, clock, labels, null);
    }

    /**
     * @param ledger    the ledger file, or null for the default ledger
     * @param documents writes the receipts of the window's counter; null for none
     */
    public StartViewModel(Path ledger, LedgerOpener ledgers, Clock clock, Labels labels, Documents documents) {
        this(ledger, ledgers, clock, labels, documents, null);
    }

    /** @param identity opens the office key that signs the window's documents; null: they are not signed */
    public StartViewModel(Path ledger, LedgerOpener ledgers, Clock clock, Labels labels, Documents documents,
            OfficeIdentity identity) {
        this.identity = identity;
        this.documents = documents;
        this.ledger = ledger;
        this.ledgers = ledgers;
        this.clock = clock;
        this.labels = labels;
    }

    public Labels labels() {
        return labels;
    }

    public Clock clock() {
        return clock;
    }

    /** Writes receipts for the window once the ledger is open; null when the window prints none. */
    public Documents documents() {
        return documents;
    }

    /** Opens the office key for signing; null when the window signs nothing. */
    public OfficeIdentity identity() {
        return identity;
    }

    /** Gives the window the keystore and sync files of its sync screen (null: no sync screen). */
    public StartViewModel withOfficeFiles(OfficeFiles files) {
        this.offices = files;
        return this;
    }

    /** The keystore and sync files of the sync screen; empty when the window has none. */
    public Optional<OfficeFiles> officeFiles() {
        return Optional.ofNullable(offices);
    }

    /** The ledger this window opens (null: the default ledger). */
    public Path ledger() {
        return ledger;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /**
     * Opens the ledger, making the demo co-op first when the default ledger has none. Blocks: call
     * it off the screen's thread. The caller closes the store.
     */
    public LedgerStore open(Progress work, Consumer<String> say) {
        boolean isDefault = ledger == null;
        Path file = ledgers.resolve(ledger);
        if (restoreFrom != null) {
            say.accept(labels.get("start.restoring", restoreFrom));
            RestoreLedger.Result restored = new RestoreLedger(ledgers).run(ledger, restoreFrom);
            notice = labels.get("notice.restored", restoreFrom, restored.entries(),
                    restored.previous().map(Path::toString).orElse(""));
        }
        say.accept(labels.get("start.opening", file));
        LedgerStore store = ledgers.open(ledger, isDefault);
        StartupProbe.mark("ledger handed to the window");
        try {
            MakeDemo demo = new MakeDemo(store, clock);
            if (isDefault && demo.ledgerIsEmpty()) {
                say.accept(labels.get("start.makingDemo", file));
                demo.run(DemoPlan.standard(), work);
            }
            // A ledger without a co-op is refused here, while the person still sees the start screen.
            new Queries(store).settings();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The ledger, when it was being opened while the window started and is open, or opens within
     * {@code wait}: the window then shows it without the start screen. Empty when it must be opened
     * (or restored, or made into the demo) as background work. Throws what {@link #open} throws.
     */
    public Optional<LedgerStore> openIfReady(Duration wait) {
        if (restoreFrom != null || ledger == null || !(ledgers instanceof EarlyOpener early)
                || !early.opensWithin(ledger, false, wait)) {
            return Optional.empty();
        }
        return Optional.of(open(Progress.NONE, said -> {}));
    }

    /** The opening as background work whose progress and message this model shows while it runs. */
    public Task<LedgerStore> openTask() {
        Task<LedgerStore> task = new Task<>() {
            @Override
            protected LedgerStore call() {
                Progress work = new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
                return open(work, this::updateMessage);
            }
        };
        failed.set(false);
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        // Handlers are added, not set, so the window can add its own for when the ledger is open.
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> fail(task.getException()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            message.unbind();
            progress.unbind();
        });
        return task;
    }

    /**
     * Puts {@code backup} in place of the ledger before opening it: the backup is checked first, a
     * damaged one is refused with the ledger left as it was, and the ledger as it was is kept beside it.
     */
    public void restoreFirst(Path backup) {
        restoreFrom = backup;
    }

    /** What the window should tell once the ledger is open (that it was restored, and from what). */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** Offers, should this ledger fail to open, to go back to the one shown before. */
    public void offerBack(Runnable goBack) {
        back = goBack;
        backOffered.set(true);
    }

    public ReadOnlyBooleanProperty backOfferedProperty() {
        return backOffered.getReadOnlyProperty();
    }

    /** Opens the ledger shown before again (after this one failed). */
    public void back() {
        back.run();
    }

    /** Shows why the ledger cannot be shown, in the sentence the person can act on. */
    public void fail(Throwable problem) {
        message.unbind();
        progress.unbind();
        progress.set(0);
        message.set(sentence(problem));
        failed.set(true);
    }

    /** Our own refusals in the person's language; anything else briefly, never as a stack trace. */
    public String sentence(Throwable problem) {
        if (problem instanceof LedgerException le) {
            return le.message(labels.locale());
        }
        String what = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return labels.get("start.unexpected", what.lines().findFirst().orElse(what));
    }
}
