package coop.poruka.domain.guarantee;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.money.Amounts;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The co-op's rules for guarantees, limits and claims, as its members decided them.
 *
 * @param minGuarantors   how many guarantors an active member needs to receive credit (0: none)
 * @param escalationDays  how long a panel has to decide, and a party to appeal
 * @param limitRule       how a member's credit limit follows
 * @param limitMax        the largest limit under {@link LimitRule#DEPOSIT_PLUS_GUARANTEES}, in minor units
 * @param depositCurrency the deposit currency this decision priced (ISO 4217 code), or null before any
 *                        was; deposits may be held in every currency the rules ever priced, each
 *                        at the value last decided for it (decision 0020)
 * @param unitValue       what one whole unit of account is worth in that currency, in its minor
 *                        units: turns deposits into credit and claims into money
 */
public record CoopRules(int minGuarantors, int escalationDays, LimitRule limitRule, long limitMax,
        String depositCurrency, long unitValue) {

    public static final CoopRules DEFAULT = new CoopRules(0, 14, LimitRule.FIXED, 0, null, 0);
    public static final int MAX_GUARANTORS = 20;
    public static final int MAX_DAYS = 365;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public CoopRules {
        Objects.requireNonNull(limitRule, "limitRule");
        if (minGuarantors < 0 || minGuarantors > MAX_GUARANTORS) {
            throw new LedgerException("rules.minGuarantors", minGuarantors, MAX_GUARANTORS);
        }
        if (escalationDays < 1 || escalationDays > MAX_DAYS) {
            throw new LedgerException("rules.escalationDays", escalationDays, MAX_DAYS);
        }
        if (limitMax < 0 || limitMax > Amounts.MAX_LIMIT) {
            throw new LedgerException("rules.limitMax");
        }
        if (limitRule == LimitRule.DEPOSIT_PLUS_GUARANTEES && limitMax == 0) {
            throw new LedgerException("rules.limitMaxRequired");
        }
        if (depositCurrency != null) {
            depositCurrency = currency(depositCurrency);
            if (unitValue <= 0) {
                throw new LedgerException("rules.unitValue");
            }
        }
    }

    /** A currency code as ISO 4217 writes it (KZT, EUR); input is upper-cased. */
    public static String currency(String raw) {
        String c = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(c).matches()) {
            throw new LedgerException("deposit.badCurrency", raw == null ? "" : raw.strip());
        }
        return c;
    }

    /** The decimals of a currency: those ISO 4217 gives it, or 2 for a code Java does not know. */
    public static int currencyDecimals(String currency) {
        try {
            int d = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /**
     * What {@code money} (currency minor units) is worth in unit-of-account minor units, rounded
     * down: a deposit never counts for more than it holds.
     */
    public long unitsOf(long money, int unitDecimals) {
        return depositCurrency == null ? 0 : unitsOf(money, unitValue, unitDecimals);
    }

    /** {@code money} valued at {@code unitValue} (currency minor units per whole unit), in unit minor units, rounded down. */
    public static long unitsOf(long money, long unitValue, int unitDecimals) {
        if (money <= 0) {
            return 0;
        }
        return java.math.BigInteger.valueOf(money).multiply(java.math.BigInteger.TEN.pow(unitDecimals))
                .divide(java.math.BigInteger.valueOf(unitValue)).longValueExact();
    }

    /**
     * The money (currency minor units) that pays {@code units} (unit minor units), rounded up: a
     * claimant is never paid short.
     */
    public long moneyFor(long units, int unitDecimals) {
        return moneyFor(units, unitValue, unitDecimals);
    }

    /** The money (currency minor units) that pays {@code units} at {@code unitValue}, rounded up. */
    public static long moneyFor(long units, long unitValue, int unitDecimals) {
        java.math.BigInteger[] qr = java.math.BigInteger.valueOf(units).multiply(java.math.BigInteger.valueOf(unitValue))
                .divideAndRemainder(java.math.BigInteger.TEN.pow(unitDecimals));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }
}
