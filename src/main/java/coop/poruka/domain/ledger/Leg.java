package coop.poruka.domain.ledger;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;

/**
 * One link of an exchange: {@code supplier} gave {@code receiver} something worth {@code amount}
 * minor units. The supplier is credited and the receiver debited by the same amount.
 */
public record Leg(String supplier, String receiver, long amount, String memo) {
    public static final int MAX_MEMO = 200;

    public Leg {
        supplier = Member.code(supplier);
        receiver = Member.code(receiver);
        if (supplier.equals(receiver)) {
            throw new LedgerException("leg.sameMember", supplier);
        }
        if (amount <= 0) {
            throw new LedgerException("leg.notPositive", supplier, receiver);
        }
        if (amount > Amounts.MAX_LEG) {
            throw new LedgerException("leg.tooLarge", supplier, receiver);
        }
        memo = memo == null ? "" : Text.optional(memo, MAX_MEMO, "memo");
    }

    /** The same leg run backwards, as a reversal posts it. */
    public Leg reversed() {
        return new Leg(receiver, supplier, amount, memo);
    }
}
