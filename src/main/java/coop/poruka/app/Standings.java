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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Members' credit as the co-op's rules derive it from guarantees and deposits, for the exchange
 * checks. Reads only the rules and the named members' guarantees and deposits, so posting an
 * exchange does not read the whole guarantor tree.
 */
final class Standings {
    private final LedgerReader reader;
    private final CoopRules rules;
    private final Map<String, CreditStanding> known = new HashMap<>();

    private Standings(LedgerReader reader, CoopRules rules) {
        this.reader = reader;
        this.rules = rules;
    }

    /** The standings, when the rules make credit depend on guarantees (a limit rule or a minimum of guarantors); else null. */
    static Standings ifTheyMatter(LedgerReader r) {
        CoopRules rules = GuarantorBook.of(r.guarantorEntriesFor(List.of()), 0).rules();
        return rules.limitRule() == LimitRule.FIXED && rules.minGuarantors() == 0 ? null : new Standings(r, rules);
    }

    /** Reads the standing of these members (all of the co-op's when there are many) in one go. */
    void load(Collection<Member> members) {
        List<Member> missing = members.stream().filter(m -> !known.containsKey(m.code())).toList();
        if (missing.isEmpty()) {
            return;
        }
        int decimals = Books.settings(reader).unit().decimals();
        GuarantorBook book = missing.size() > 1_000 ? Appender.book(reader)
                : GuarantorBook.of(reader.guarantorEntriesFor(missing.stream().map(Member::code).toList()), decimals);
        missing.forEach(m -> known.put(m.code(), CreditStanding.of(m, book)));
    }

    LimitRule limitRule() {
        return rules.limitRule();
    }

    /** The member with the limit the rules give them (unchanged under the fixed rule). */
    Member effective(Member m) {
        if (rules.limitRule() == LimitRule.FIXED) {
            return m;
        }
        load(List.of(m));
        long limit = Math.min(Amounts.MAX_LIMIT, known.get(m.code()).limit());
        return new Member(m.code(), m.name(), m.status(), limit, m.joined(), m.contact(), m.balance());
    }

    static Member effective(Member m, Standings s) {
        return s == null ? m : s.effective(m);
    }

    /** Refuses credit to an active member who has fewer guarantors than the rules require. */
    static void refuseWithoutGuarantors(Exchange x, Map<String, Member> parties, Standings s) {
        if (s == null || s.rules.minGuarantors() == 0) {
            return;
        }
        x.netByMember().forEach((code, net) -> {
            Member m = parties.get(code);
            if (net < 0 && m.status().mayReceiveCredit()) {
                s.load(List.of(m));
                CreditStanding st = s.known.get(code);
                if (st.tooFewGuarantors()) {
                    throw new LedgerException("exchange.tooFewGuarantors", m.code(), m.name(), st.guarantors(),
                            s.rules.minGuarantors());
                }
            }
        });
    }
}
