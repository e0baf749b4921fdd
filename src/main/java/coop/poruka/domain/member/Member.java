package coop.poruka.domain.member;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.money.Amounts;
import java.time.LocalDate;
import java.util.Objects;

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
    private static final int MAX_CODE = 20;

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
        if (!isCode(c)) {
            throw new LedgerException("member.badCode", raw == null ? "" : raw.strip());
        }
        return c;
    }

    /**
     * The same test as the pattern {@code [A-Z0-9][A-Z0-9-]{0,19}}, without a matcher: every
     * leg of an import names two members, and a million matchers showed in the import's profile.
     */
    private static boolean isCode(String c) {
        int n = c.length();
        if (n == 0 || n > MAX_CODE) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = c.charAt(i);
            boolean ok = ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' && i > 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** What this member may still receive before reaching their limit. */
    public long available() {
        return balance + creditLimit;
    }

    public Member withBalance(long newBalance) {
        return new Member(code, name, status, creditLimit, joined, contact, newBalance);
    }
}
