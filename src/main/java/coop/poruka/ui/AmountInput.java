package coop.poruka.ui;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.money.Amounts;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * Reads an amount typed the way the person writes numbers ("1 234,50" in Russian or Swedish,
 * "1,234.50" in English) into minor units. Grouping is only accepted in groups of three, so an
 * English "12,50" is refused rather than read as 1250; the exact conversion is left to
 * {@link Amounts#parse}.
 */
final class AmountInput {
    private final Labels labels;
    private final Formats formats;
    private final char decimal;
    private final Pattern number;

    AmountInput(Labels labels, Formats formats) {
        this.labels = labels;
        this.formats = formats;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(formats.locale());
        this.decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        // Spaces of any kind group digits in every locale; the locale's own separator too.
        String group = "[\\s\\u00a0\\u202f" + Pattern.quote(String.valueOf(grouping)) + "]";
        String decimals = "[" + Pattern.quote(String.valueOf(decimal))
                + (grouping == '.' ? "" : "\\.") + "]";
        this.number = Pattern.compile("[0-9]{1,3}(" + group + "[0-9]{3})*(" + decimals + "[0-9]+)?"
                + "|[0-9]+(" + decimals + "[0-9]+)?");
    }

    /** The amount in minor units; a {@link InputRefused} with one sentence when it cannot be read. */
    long parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InputRefused(labels.get("counter.amountMissing"));
        }
        if (!number.matcher(t).matches()) {
            throw new InputRefused(labels.get("counter.amountBad", t, formats.amount(123450)));
        }
        String plain = t.replaceAll("[^0-9" + Pattern.quote(String.valueOf(decimal)) + ".]", "")
                .replace(decimal, '.');
        int point = plain.indexOf('.');
        if (point >= 0 && plain.length() - point - 1 > formats.decimals()
                && !plain.substring(point + 1 + formats.decimals()).matches("0*")) {
            throw new InputRefused(labels.get("counter.amountDecimals", t, formats.decimals()));
        }
        try {
            long minor = Amounts.parse(plain, formats.decimals());
            if (minor == 0) {
                throw new InputRefused(labels.get("counter.amountZero"));
            }
            return minor;
        } catch (LedgerException e) {
            throw new InputRefused(e.message(labels.locale()));
        }
    }
}
