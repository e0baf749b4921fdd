package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A member vouches for another up to a cap. */
public final class GiveGuarantee {
    private final LedgerStore store;
    private final Clock clock;

    public GiveGuarantee(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param cap minor units of the unit of account; date null for today */
    public GuaranteeChange run(String guarantor, String member, long cap, LocalDate date) {
        return store.write(w -> {
            Appender a = new Appender(w, clock);
            Member g = a.current(guarantor);
            Member m = a.current(member);
            if (g.code().equals(m.code())) {
                throw new LedgerException("guarantee.self", g.code());
            }
            if (cap <= 0) {
                throw new LedgerException("guarantee.capNotPositive", g.code(), m.code());
            }
            if (a.book.guarantee(g.code(), m.code()).isPresent()) {
                throw new LedgerException("guarantee.exists", g.code(), m.code());
            }
            List<String> chain = a.book.chain(m.code(), g.code());
            if (!chain.isEmpty()) {
                throw new LedgerException("guarantee.cycle", g.code(), m.code(),
                        String.join(" \u2192 ", chain) + " \u2192 " + m.code());
            }
            GuaranteeChange c = new GuaranteeChange(g.code(), m.code(), cap, a.date(date), false, null);
            a.append(c);
            return c;
        });
    }
}
