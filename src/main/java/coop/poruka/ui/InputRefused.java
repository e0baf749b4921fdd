package coop.poruka.ui;

/** What was typed cannot be used; the sentence says why, in the person's language. */
final class InputRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputRefused(String sentence) {
        super(sentence);
    }

    String sentence() {
        return getMessage();
    }
}
