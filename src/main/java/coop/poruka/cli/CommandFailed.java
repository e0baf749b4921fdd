package coop.poruka.cli;

/** A command-level failure with a sentence for the person (e.g. verify found a problem). */
final class CommandFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailed(String message) {
        super(message, null, false, false);
    }
}
