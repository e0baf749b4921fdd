package coop.poruka.ui;

import coop.poruka.domain.money.Amounts;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

/**
 * How every screen writes amounts, dates and exchange ids: in the person's locale, amounts with
 * exactly the unit's decimals. One place, so the counter, the register and the member card agree.
 */
public final class Formats {
    private final Locale locale;
    private final int decimals;
    private final DecimalFormat amounts;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;

    public Formats(Locale locale, int decimals) {
        this.locale = locale;
        this.decimals = decimals;
        this.amounts = Amounts.localFormat(locale, decimals);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    public int decimals() {
        return decimals;
    }

    /** An amount in minor units as the person reads numbers, with exactly the unit's decimals. */
    public String amount(long minor) {
        return amounts.format(Amounts.toDecimal(minor, decimals));
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A date in the fewest characters the locale allows, for a chart's axis. */
    public String shortDate(LocalDate date) {
        return shortDates.format(date);
    }

    /** An amount in whole units (as a chart's axis counts), in the person's way of writing numbers. */
    public String units(double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /**
     * The last eight hex digits: enough to tell exchanges apart on screen and on a receipt. Not
     * the first eight, which in a time-ordered id are the same for a whole day's exchanges.
     */
    public static String shortId(UUID id) {
        String text = id.toString();
        return text.substring(text.length() - 8);
    }
}
