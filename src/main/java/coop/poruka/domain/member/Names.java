package coop.poruka.domain.member;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Searching and sorting names written in any script (Latin, Cyrillic with Kazakh letters...). */
public final class Names {
    private Names() {}

    /**
     * Folds a name for case- and accent-insensitive search: decomposes, drops combining marks,
     * lower-cases. "Öberg" and "oberg" match; "Ёлка" and "елка" match; Kazakh "Қ" stays itself.
     */
    public static String searchKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Sorts names the way a reader of {@code locale} expects. */
    public static Comparator<String> order(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
