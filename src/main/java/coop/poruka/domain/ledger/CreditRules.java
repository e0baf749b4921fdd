package coop.poruka.domain.ledger;

import coop.poruka.domain.member.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may go how far into debit. Checked on each member's net result of the whole exchange, so
 * a chain may pass through a member who stands at their limit.
 */
public final class CreditRules {
    private CreditRules() {}

    /** Why a member's part in an exchange is not allowed as it stands. */
    public enum Kind {
        /** Would end below the credit limit: allowed only with an override reason. */
        BELOW_LIMIT,
        /** Suspended or departed, and would receive credit: never allowed. */
        NOT_ACTIVE
    }

    public record Breach(Member member, long net, Kind kind) {
        public long balanceAfter() {
            return member.balance() + net;
        }
    }

    /**
     * @param parties every member named in the exchange, with their current balance
     * @return the breaches, in the order the members first appear in the exchange
     */
    public static List<Breach> check(Exchange exchange, Map<String, Member> parties) {
        List<Breach> breaches = new ArrayList<>();
        exchange.netByMember().forEach((code, net) -> {
            if (net >= 0) {
                return;
            }
            Member m = parties.get(code);
            if (!m.status().mayReceiveCredit()) {
                breaches.add(new Breach(m, net, Kind.NOT_ACTIVE));
            } else if (m.balance() + net < -m.creditLimit()) {
                breaches.add(new Breach(m, net, Kind.BELOW_LIMIT));
            }
        });
        return breaches;
    }
}
