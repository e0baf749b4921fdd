package coop.poruka.app;

import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.Deposit;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.port.LedgerStore;
import java.util.Collection;
import java.util.List;

/** What the guarantor system's screens and commands show: read-only. */
public final class GuarantorQueries {
    private final LedgerStore store;

    public GuarantorQueries(LedgerStore store) {
        this.store = store;
    }

    /** The whole guarantor system as it stands. */
    public GuarantorBook book() {
        return store.read(Appender::book);
    }

    public CoopRules rules() {
        return book().rules();
    }

    /**
     * The guarantees in force, ordered by guarantor then member.
     *
     * @param member    only those for this member (null: any)
     * @param guarantor only those by this guarantor (null: any)
     */
    public List<Guarantee> guarantees(String member, String guarantor) {
        return book().activeGuarantees().stream()
                .filter(g -> member == null || g.member().equals(member))
                .filter(g -> guarantor == null || g.guarantor().equals(guarantor)).toList();
    }

    public Collection<Deposit> deposits() {
        return book().deposits();
    }

    public List<Claim> claims() {
        return book().claims();
    }
}
