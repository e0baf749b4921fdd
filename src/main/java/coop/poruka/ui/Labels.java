package coop.poruka.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's words in the person's language, from {@code coop/poruka/ui/labels*.properties}.
 * Every label goes through MessageFormat, so every label file writes a literal apostrophe twice.
 */
public final class Labels {
    public static final String BUNDLE = "coop.poruka.ui.labels";
    /** Asking for English on a Russian machine must give English, not the machine's language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
