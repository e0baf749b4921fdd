package coop.poruka.domain;

import java.util.Locale;

/**
 * A refusal a person can act on: one sentence saying what is wrong and what to do. The text
 * comes from the message bundle so the window can show it in the clerk's language while the
 * command line stays in English for scripts.
 */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "coop.poruka.messages";

    private final String key;
    private final transient Object[] args;

    public LedgerException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public LedgerException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    public String message(Locale locale) {
        return new Sentence(key, args).message(locale);
    }
}
