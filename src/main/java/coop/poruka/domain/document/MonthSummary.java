package coop.poruka.domain.document;

import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.office.CoopSettings;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The treasurer's view of one month of the whole co-op.
 *
 * @param exchanges       exchanges dated in the month (reversals included)
 * @param reversals       of those, how many were reversals
 * @param value           the value of the exchanges dated in the month, reversals not counted
 * @param legs            the legs of those exchanges
 * @param membersActive   members who supplied or received in the month
 * @param members         members at the end of the month
 * @param positive        the sum of all positive balances at the end of the month
 * @param negative        the sum of all negative balances at the end of the month (a negative number)
 * @param headAtEnd       the last journal entry recorded by the end of the month, or null
 * @param guarantees      the guarantor system's figures for the month
 */
public record MonthSummary(CoopSettings coop, YearMonth month, long exchanges, long reversals, long value, long legs,
        long membersActive, long members, long positive, long negative, JournalEntry headAtEnd, Guarantees guarantees,
        Instant printedAt, ZoneId zone) {

    /**
     * Deposits held against the guarantee caps in force at the month's end (both in unit minor
     * units), and the claims filed, decided and settled with dates in the month.
     */
    public record Guarantees(long depositsHeld, long caps, long claimsOpened, long claimsDecided, long claimsSettled) {
        public static final Guarantees NONE = new Guarantees(0, 0, 0, 0, 0);
    }

    public MonthSummary {
        guarantees = guarantees == null ? Guarantees.NONE : guarantees;
        Objects.requireNonNull(coop, "coop");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** All balances sum to zero: what the members are owed equals what they have promised. */
    public boolean balanced() {
        return positive + negative == 0;
    }
}
