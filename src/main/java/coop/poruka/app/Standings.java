package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerReader;
import java.util.Map;

/** Members' credit limits as the co-op's rules derive them from guarantees and deposits. */
final class Standings {
    private Standings() {}

    /** The guarantor book when the rules make credit depend on it (a limit rule or a minimum of guarantors), else null. */
    static GuarantorBook bookIfItMatters(LedgerReader r) {
        GuarantorBook book = Appender.book(r);
        CoopRules rules = book.rules();
        return rules.limitRule() == LimitRule.FIXED && rules.minGuarantors() == 0 ? null : book;
    }

    /** The member with the limit the rules give them (unchanged under the fixed rule). */
    static Member effective(Member m, GuarantorBook book) {
        if (book == null || book.rules().limitRule() == LimitRule.FIXED) {
            return m;
        }
        long limit = Math.min(Amounts.MAX_LIMIT, CreditStanding.of(m, book).limit());
        return new Member(m.code(), m.name(), m.status(), limit, m.joined(), m.contact(), m.balance());
    }

    /** Refuses credit to an active member who has fewer guarantors than the rules require. */
    static void refuseWithoutGuarantors(Exchange x, Map<String, Member> parties, GuarantorBook book) {
        if (book == null || book.rules().minGuarantors() == 0) {
            return;
        }
        x.netByMember().forEach((code, net) -> {
            Member m = parties.get(code);
            if (net < 0 && m.status().mayReceiveCredit()) {
                CreditStanding s = CreditStanding.of(m, book);
                if (s.tooFewGuarantors()) {
                    throw new LedgerException("exchange.tooFewGuarantors", m.code(), m.name(), s.guarantors(),
                            book.rules().minGuarantors());
                }
            }
        });
    }
}
