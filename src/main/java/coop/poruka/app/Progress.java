package coop.poruka.app;

/** How long work reports how far it got, and learns whether the person cancelled it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();

    /** Stops the work (and rolls back what it wrote) when the person cancelled it. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }

    /** Thrown out of long work that was cancelled; nothing it did is kept. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
