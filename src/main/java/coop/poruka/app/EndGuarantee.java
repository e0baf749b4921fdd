package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A guarantor stops vouching for a member, with a reason; the guarantee stays in the history. */
public final class EndGuarantee {
    private final LedgerStore store;
    private final Clock clock;

    public EndGuarantee(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public GuaranteeChange run(String guarantor, String member, String reason, LocalDate date) {
        return store.write(w -> {
            Appender a = new Appender(w, clock);
            String g = Member.code(guarantor);
            String m = Member.code(member);
            Guarantee old = a.book.guarantee(g, m)
                    .orElseThrow(() -> new LedgerException("guarantee.none", g, m));
            // A guarantor answers for the claims already made: they may leave once those are settled.
            List<Claim> open = a.book.unsettledClaimsAgainst(m);
            if (!open.isEmpty()) {
                throw new LedgerException("guarantee.claimOpen", g, m, open.get(0).id());
            }
            GuaranteeChange c = new GuaranteeChange(g, m, old.cap(), a.date(date), true, reason);
            a.append(c);
            return c;
        });
    }
}
