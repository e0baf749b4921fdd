package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;

/** A member's credit limit as the co-op's rules derive it, and how (one sentence). */
public final class CreditLimit {
    private final LedgerStore store;

    public CreditLimit(LedgerStore store) {
        this.store = store;
    }

    public CreditStanding of(String code) {
        return store.read(r -> {
            String c = Member.code(code);
            Member m = r.member(c).orElseThrow(() -> new LedgerException("member.unknown", c));
            return CreditStanding.of(m, Appender.book(r));
        });
    }
}
