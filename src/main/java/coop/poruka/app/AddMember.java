package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Admits a member to the co-op. */
public final class AddMember {
    private final LedgerStore store;
    private final Clock clock;

    public AddMember(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What a new member is: their code, name, credit limit (minor units), optional contact. */
    public record NewMember(String code, String name, long creditLimit, String contact) {}

    public Member run(String code, String name, long creditLimit, String contact) {
        return store.write(w -> add(w, new NewMember(code, name, creditLimit, contact)));
    }

    /** Adds many members in one transaction: all of them, or none. */
    public List<Member> runAll(List<NewMember> members) {
        return store.write(w -> members.stream().map(m -> add(w, m)).toList());
    }

    Member add(LedgerWriter w, NewMember n) {
        CoopSettings settings = Books.settings(w);
        Member member = new Member(n.code(), n.name(), MemberStatus.ACTIVE, n.creditLimit(),
                LocalDate.now(clock), n.contact(), 0);
        if (w.member(member.code()).isPresent()) {
            throw new LedgerException("member.duplicate", member.code());
        }
        MemberChange content = new MemberChange(member, null);
        Books.append(w, clock, settings.officeCode(), content);
        return member;
    }
}
