package coop.poruka.domain.money;

import coop.poruka.domain.LedgerException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts are whole numbers of minor units (a {@code long}); with 2 decimals, 40.50 units is
 * 4050. Never floating point: parsing goes through BigDecimal and refuses anything that does not
 * fit the unit's decimals exactly.
 */
public final class Amounts {
    /** The largest value of one leg, in minor units: keeps every sum far from overflow. */
    public static final long MAX_LEG = 1_000_000_000_000L;
    /** The largest credit limit, in minor units. */
    public static final long MAX_LIMIT = MAX_LEG;
    /** Compiled once: a bulk import parses an amount per row. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,19}(\\.[0-9]{1,19})?");

    private Amounts() {}

    /** Parses "40", "40.5" or "40.50" (the decimal point is always '.'). */
    public static long parse(String text, int decimals) {
        if (text == null || text.isBlank()) {
            throw new LedgerException("amount.missing");
        }
        String t = text.trim();
        long plain = plain(t, decimals);
        if (plain >= 0) {
            return plain;
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new LedgerException("amount.notANumber", t);
        }
        BigDecimal value = new BigDecimal(t);
        if (value.scale() > decimals && value.stripTrailingZeros().scale() > decimals) {
            throw new LedgerException("amount.tooManyDecimals", t, decimals);
        }
        BigDecimal minor = value.movePointRight(decimals).setScale(0, RoundingMode.UNNECESSARY);
        if (minor.abs().compareTo(BigDecimal.valueOf(MAX_LEG)) > 0) {
            throw new LedgerException("amount.tooLarge", t, format(MAX_LEG, decimals));
        }
        return minor.longValueExact();
    }

    /**
     * The common case without BigDecimal or a matcher, which a bulk import pays for on every row:
     * up to 13 digits, optionally a point and at most {@code decimals} digits, within {@link #MAX_LEG}.
     * Anything else (a sign, more digits, too many decimals, too large) gives -1 and is left to the
     * general parser, which accepts or refuses it exactly as before.
     */
    private static long plain(String t, int decimals) {
        int n = t.length();
        int point = t.indexOf('.');
        int whole = point < 0 ? n : point;
        int fraction = point < 0 ? 0 : n - point - 1;
        if (whole < 1 || whole > 13 || point >= 0 && (fraction < 1 || fraction > decimals)) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            if (i == point) {
                continue;
            }
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        for (int i = fraction; i < decimals; i++) {
            value *= 10;
        }
        return value <= MAX_LEG ? value : -1;
    }

    /** Plain text with '.' as the decimal point and exactly {@code decimals} decimals. */
    public static String format(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals).toPlainString();
    }

    public static BigDecimal toDecimal(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals);
    }

    /**
     * How a person in {@code locale} reads amounts: their grouping and decimal mark, exactly
     * {@code decimals} decimals. A new instance each call, since DecimalFormat is not thread-safe.
     */
    public static DecimalFormat localFormat(Locale locale, int decimals) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        DecimalFormat f = nf instanceof DecimalFormat d ? d
                : new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(true);
        // The value has exactly these decimals already; anything else would be a bug, not rounding.
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f;
    }
}
