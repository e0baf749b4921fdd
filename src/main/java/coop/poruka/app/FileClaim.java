package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A member who was hurt by an exchange (or one leg of a chain) files a claim against the other party. */
public final class FileClaim {
    private final LedgerStore store;
    private final Clock clock;

    public FileClaim(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param bothSides the claimant's own conduct is disputed too: both sides' guarantors decide */
    public record Request(String claimant, String respondent, UUID exchange, long amount, String text,
            boolean bothSides, LocalDate date) {}

    public ClaimEvent run(Request r) {
        return store.write(w -> {
            Appender a = new Appender(w, clock);
            LocalDate date = a.date(r.date());
            Member claimant = w.member(Member.code(r.claimant()))
                    .orElseThrow(() -> new LedgerException("member.unknown", r.claimant()));
            Member respondent = w.member(Member.code(r.respondent()))
                    .orElseThrow(() -> new LedgerException("member.unknown", r.respondent()));
            if (claimant.code().equals(respondent.code())) {
                throw new LedgerException("claim.self", claimant.code());
            }
            PostedExchange posted = w.exchange(r.exchange())
                    .orElseThrow(() -> new LedgerException("exchange.unknown", r.exchange()));
            Exchange x = posted.exchange();
            if (x.isReversal() || w.reversalOf(x.id()).isPresent()) {
                throw new LedgerException("claim.reversed", x.id());
            }
            int leg = legBetween(x.legs(), claimant.code(), respondent.code());
            if (leg < 0) {
                throw new LedgerException("claim.notParties", claimant.code(), respondent.code(), x.id());
            }
            long legAmount = x.legs().get(leg).amount();
            if (r.amount() <= 0 || r.amount() > legAmount) {
                throw new LedgerException("claim.amount", Amounts.format(legAmount, a.decimals()));
            }
            if (date.isBefore(x.valueDate())) {
                throw new LedgerException("claim.beforeExchange", date, x.valueDate());
            }
            String text = coop.poruka.domain.Text.required(r.text(), Exchange.MAX_REASON, "claim text");
            List<String> panel = a.book.firstPanel(claimant.code(), respondent.code(), r.bothSides());
            LocalDate deadline = panel.isEmpty() ? null : date.plusDays(a.book.rules().escalationDays() - 1L);
            ClaimEvent e = new ClaimEvent(ExchangeIds.next(clock.instant()), ClaimAction.FILE, date, claimant.code(),
                    claimant.code(), respondent.code(), x.id(), leg, r.amount(), text, r.bothSides(), 1, deadline, panel);
            a.append(e);
            return e;
        });
    }

    /** The first leg between the two members, in either direction, or -1. */
    private static int legBetween(List<Leg> legs, String a, String b) {
        for (int i = 0; i < legs.size(); i++) {
            Leg l = legs.get(i);
            if (l.supplier().equals(a) && l.receiver().equals(b) || l.supplier().equals(b) && l.receiver().equals(a)) {
                return i;
            }
        }
        return -1;
    }
}
