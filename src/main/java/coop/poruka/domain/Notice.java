package coop.poruka.domain;

import java.util.List;
import java.util.Locale;

/**
 * Something a person should be told that is not a refusal, such as "the ledger was upgraded and a
 * copy of it as it was is kept at ...". Translated like {@link LedgerException}.
 */
public record Notice(String key, List<Object> args) {
    public Notice {
        args = List.copyOf(args);
    }

    public Notice(String key, Object... args) {
        this(key, List.of(args));
    }

    public String message(Locale locale) {
        return new Sentence(key, args.toArray()).message(locale);
    }

    /** In English, for the command line. */
    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
