package coop.poruka.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Work handed to another thread, waited for as if it had run on this one. */
final class Workers {
    private Workers() {}

    /**
     * The result of {@code work}; what went wrong in it is thrown here as it was thrown there, and an
     * interrupted wait is a cancel.
     */
    static <T> T result(Future<T> work) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        }
    }
}
