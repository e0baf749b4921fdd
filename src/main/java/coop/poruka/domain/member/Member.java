package coop.poruka.domain.member;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.money.Amounts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member as they stand now. {@code balance} is the running sum of their postings in minor
 * units; {@code creditLimit} is how far below zero it may go (a non-negative number).
 */
public record Member(
        String code,
        String name,
        MemberStatus status,
        long creditLimit,
        LocalDate joined,
        String contact,
        long balance) {

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    public Member {
        code = code(code);
        name = Text.required(name, MAX_NAME, "member name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joined, "joined");
        contact = Text.optional(contact, MAX_CONTACT, "contact");
        if (contact != null && contact.isEmpty()) {
            contact = null;
        }
        if (creditLimit < 0 || creditLimit > Amounts.MAX_LIMIT) {
            throw new LedgerException("member.limitRange", code);
        }
    }

    /** Member codes are upper-case letters, digits and '-', like ALM-0042; input is upper-cased. */
    public static String code(String raw) {
        String c = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new LedgerException("member.badCode", raw == null ? "" : raw.strip());
        }
        return c;
    }

    /** What this member may still receive before reaching their limit. */
    public long available() {
        return balance + creditLimit;
    }

    public Member withBalance(long newBalance) {
        return new Member(code, name, status, creditLimit, joined, contact, newBalance);
    }
}
