package coop.poruka.report;

import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.money.Unit;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The words, numbers and dates of a document, in the reader's language. */
final class Words {
    static final String BUNDLE = "coop.poruka.report.documents";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;
    private final DateTimeFormatter times = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Formats made once per document (a Words serves one document, on one thread). */
    private final Map<String, MessageFormat> messages = new HashMap<>();
    private final Map<Integer, DecimalFormat> amounts = new HashMap<>();

    Words(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's locale: an English receipt stays English on a Russian PC.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    }

    String get(String key, Object... args) {
        return messages.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(args);
    }

    /** A sentence of the domain (a credit limit's derivation, say) in the reader's language. */
    String sentence(coop.poruka.domain.Sentence sentence) {
        return sentence.message(locale);
    }

    /** An amount with the unit's symbol, as the reader writes numbers. */
    String amount(long minor, Unit unit) {
        return amounts.computeIfAbsent(unit.decimals(), d -> Amounts.localFormat(locale, d))
                .format(Amounts.toDecimal(minor, unit.decimals()))
                + "\u00a0" + unit.symbol();
    }

    /** A date in a table column: short, as the reader writes it (23.10.2026, 2026-10-23, 10/23/26). */
    String shortDate(LocalDate date) {
        return shortDates.format(date);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** A moment in the office's time zone, with the zone named so no one has to guess. */
    String moment(Instant at, ZoneId zone) {
        var t = at.atZone(zone);
        return dates.format(t) + ", " + times.format(t) + " (" + zone.getId() + ")";
    }
}
