package coop.poruka.domain.ledger;

import java.time.LocalDate;

/**
 * Which exchanges the register shows. Every part is optional (null matches everything).
 *
 * @param from   first value date shown, inclusive
 * @param to     last value date shown, inclusive
 * @param member code of a member who supplied or received in the exchange
 * @param text   found, ignoring case and accents, in a memo, a reversal's reason or the exchange id
 */
public record RegisterFilter(LocalDate from, LocalDate to, String member, String text) {
    public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null);

    public RegisterFilter {
        member = member == null || member.isBlank() ? null : member.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static RegisterFilter member(String code) {
        return new RegisterFilter(null, null, code, null);
    }

    public boolean includes(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
