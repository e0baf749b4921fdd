package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;

/** Changes a member's status, credit limit, name or contact; the old version stays in the journal. */
public final class ChangeMember {
    private final LedgerStore store;
    private final Clock clock;

    public ChangeMember(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Null fields stay as they are. */
    public record Change(String name, MemberStatus status, Long creditLimit, String contact) {}

    public Member run(String code, Change change, String reason) {
        String why = Text.required(reason, 500, "reason");
        return store.write(w -> {
            CoopSettings settings = Books.settings(w);
            Member old = w.member(Member.code(code)).orElseThrow(() -> new LedgerException("member.unknown", code));
            Member updated = new Member(old.code(),
                    change.name() == null ? old.name() : change.name(),
                    change.status() == null ? old.status() : change.status(),
                    change.creditLimit() == null ? old.creditLimit() : change.creditLimit(),
                    old.joined(),
                    change.contact() == null ? old.contact() : change.contact(),
                    old.balance());
            MemberChange content = new MemberChange(updated, why);
            Books.append(w, clock, settings.officeCode(), content);
            return updated;
        });
    }
}
