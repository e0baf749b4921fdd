package coop.poruka.domain.document;

import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's monthly statement, read from the books in one go: where they stood when the month
 * began, every posting of the month with the balance after it, where they stood at its end, their
 * credit limit, and the journal head the month ended with so the statement can be checked against
 * any office's copy of the books.
 *
 * @param headAtEnd the last journal entry recorded by the end of the month, or null for none yet
 * @param recordedLater the newest posting shown that was recorded after the month ended (dated back
 *                  into it), or null; until the month is closed such entries can still arrive
 * @param security  deposits, guarantees and open claims ({@link Security#NONE} until those exist)
 */
public record Statement(
        CoopSettings coop,
        Member member,
        YearMonth month,
        long opening,
        List<Posting> postings,
        long closing,
        Security security,
        JournalEntry headAtEnd,
        PostedExchange recordedLater,
        Instant printedAt,
        ZoneId zone) {

    /**
     * One leg of an exchange that touched the member: a credit when they supplied, a debit when
     * they received, and their balance right after it.
     *
     * @param reverses   the exchange this one reverses (a reversal), or null
     * @param reason     why it was reversed (for a reversal), or null
     * @param reversedBy the later exchange that reversed this one, or null
     */
    public record Posting(LocalDate date, UUID exchangeId, String counterpartyCode, String counterpartyName,
            String memo, long debit, long credit, long balance, UUID reverses, String reason, UUID reversedBy) {}

    /**
     * Deposits held, guarantees given and received, and open claims: the member's standing in the
     * guarantor system. Each list may be empty; the statement prints a section only for a non-empty one.
     *
     * @param standing the credit limit as the rules in force at the month's end derive it, or null
     *                 (then the member's own limit is shown)
     */
    public record Security(List<Line> deposits, List<Line> guaranteesGiven, List<Line> guaranteesReceived,
            List<Line> openClaims, CreditStanding standing) {
        public static final Security NONE = new Security(List.of(), List.of(), List.of(), List.of(), null);

        public Security {
            deposits = List.copyOf(deposits);
            guaranteesGiven = List.copyOf(guaranteesGiven);
            guaranteesReceived = List.copyOf(guaranteesReceived);
            openClaims = List.copyOf(openClaims);
        }

        public boolean isEmpty() {
            return deposits.isEmpty() && guaranteesGiven.isEmpty() && guaranteesReceived.isEmpty()
                    && openClaims.isEmpty();
        }
    }

    /**
     * One line of the guarantor sections: who or what it concerns, and an amount in its own unit
     * (a deposit is money in its currency, a cap or claim is in the co-op's unit).
     *
     * @param date when it began (a guarantee given, a claim filed), or null; the document prints it as
     *             the reader writes dates, before the description
     */
    public record Line(String counterpartyCode, String counterpartyName, LocalDate date, String description,
            long amount, Unit unit) {
        /** A line without a date. */
        public Line(String counterpartyCode, String counterpartyName, String description, long amount, Unit unit) {
            this(counterpartyCode, counterpartyName, null, description, amount, unit);
        }
    }

    public Statement {
        Objects.requireNonNull(coop, "coop");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(month, "month");
        postings = List.copyOf(postings);
        security = security == null ? Security.NONE : security;
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** The credit limit the month ended with: derived by the rules when known, else the member's own. */
    public long creditLimit() {
        return security.standing() == null ? member.creditLimit() : security.standing().limit();
    }

    public long totalDebits() {
        return postings.stream().mapToLong(Posting::debit).sum();
    }

    public long totalCredits() {
        return postings.stream().mapToLong(Posting::credit).sum();
    }
}
