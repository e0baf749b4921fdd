package coop.poruka.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A sentence from the domain's message bundle, said in the reader's language when it is asked for. */
public record Sentence(String key, Object... args) {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Sentence {
        args = args.clone();
    }

    public String message(Locale locale) {
        try {
            // Without NO_FALLBACK, asking for English on a Russian machine would find messages_ru
            // (the default locale is tried before the base bundle) and scripts would get Russian.
            ResourceBundle bundle = ResourceBundle.getBundle(LedgerException.BUNDLE, locale, NO_FALLBACK);
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
