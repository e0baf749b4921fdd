package coop.poruka.ui;

import coop.poruka.app.Progress;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Long work of the window (verify, import, export) on its own thread, one job at a time, with
 * what it is doing, how far it got and a way to cancel it; the screen never waits for it. The
 * use cases roll back what they wrote when cancelled, so cancelling leaves the books as they were.
 */
public final class BackgroundWork {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private Task<?> current;

    /**
     * Starts {@code work} unless a job is running (then returns false). Exactly one of
     * {@code done} and {@code failed} runs afterwards, on the FX thread; a cancelled job fails
     * with {@link Progress.Cancelled}.
     */
    public <T> boolean start(String what, Function<Progress, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (running.get()) {
            return false;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.apply(new Progress() {
                    @Override
                    public void update(long doneSoFar, long total) {
                        updateProgress(doneSoFar, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        current = task;
        title.set(what);
        progress.bind(task.progressProperty());
        running.set(true);
        task.setOnSucceeded(e -> {
            finish();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finish();
            failed.accept(new Progress.Cancelled());
        });
        Thread thread = new Thread(task, "poruka-background");
        // Closing the window must not wait for a long verify to end.
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private void finish() {
        progress.unbind();
        progress.set(-1);
        running.set(false);
        current = null;
    }

    /** Asks the running job to stop; the use case notices at its next progress report. */
    public void cancel() {
        if (current != null) {
            current.cancel(false);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
