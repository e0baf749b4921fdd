package coop.poruka.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refusal a person can act on: one sentence saying what is wrong and what to do. The text
 * comes from the message bundle so the window can show it in the clerk's language while the
 * command line stays in English for scripts.
 */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "coop.poruka.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
        return format(key, locale, args);
    }

    /** The sentence for {@code key} from the message bundle in {@code locale}, or the key itself. */
    static String format(String key, Locale locale, Object... args) {
        try {
            // Without NO_FALLBACK, asking for English on a Russian machine would find messages_ru
            // (the default locale is tried before the base bundle) and scripts would get Russian.
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
