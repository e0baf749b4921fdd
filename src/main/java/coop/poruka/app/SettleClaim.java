package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.guarantee.Compensation;
import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pays an upheld claim once the parties can no longer appeal, all or nothing: the respondent in
 * units within their credit (an exchange crediting the claimant), then the respondent's deposit,
 * then the guarantors' deposits in proportion to their caps and never past a cap. Each step is an
 * entry naming the claim; what guarantors paid is what the respondent owes them.
 */
public final class SettleClaim {
    private final LedgerStore store;
    private final Clock clock;

    public SettleClaim(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Compensation run(UUID claim, LocalDate date) {
        return store.write(w -> {
            LocalDate d;
            Compensation plan;
            Claim c;
            {
                Appender a = new Appender(w, clock);
                d = a.date(date);
                EscalateClaims.escalate(a, d);
                c = a.book.claim(claim).orElseThrow(() -> new LedgerException("claim.unknown", claim));
                if (c.status() != ClaimStatus.UPHELD) {
                    throw new LedgerException("claim.notUpheld", c.id(), c.status().name().toLowerCase());
                }
                if (!d.isAfter(c.appealUntil())) {
                    throw new LedgerException("claim.appealWindowOpen", c.id(), c.appealUntil());
                }
                plan = plan(w, a.book, c);
                if (!plan.covered()) {
                    throw new LedgerException("claim.cannotCover", c.id(), Amounts.format(plan.shortfall(), a.decimals()));
                }
            }
            UUID exchange = null;
            if (plan.fromRespondent() > 0) {
                Poster poster = new Poster(w, clock, false);
                Exchange x = new Exchange(ExchangeIds.next(clock.instant()), d,
                        List.of(new Leg(c.claimant(), c.respondent(), plan.fromRespondent(), "claim " + c.id())),
                        null, null, null);
                poster.post(x, false);
                poster.flush();
                exchange = x.id();
            }
            Appender a = new Appender(w, clock);
            draw(a, c.respondent(), plan.fromOwnDeposit(), c.id(), d);
            plan.fromGuarantors().forEach((g, units) -> draw(a, g, units, c.id(), d));
            a.append(new ClaimEvent(c.id(), ClaimAction.SETTLE, d, null, null, null, exchange, null,
                    plan.fromRespondent(), null, null, null, null, null));
            return plan;
        });
    }

    /** How the claim would be paid as the books stand. */
    static Compensation plan(LedgerWriter w, GuarantorBook book, Claim c) {
        Member respondent = w.member(c.respondent()).orElseThrow();
        CreditStanding s = CreditStanding.of(respondent, book);
        long available = respondent.status().mayReceiveCredit() && !s.tooFewGuarantors()
                ? respondent.balance() + s.limit() : respondent.balance();
        List<Compensation.Payer> payers = new ArrayList<>();
        for (Guarantee g : book.guarantorsOf(c.respondent())) {
            long left = g.cap() - book.paidFor(g.guarantor(), c.respondent());
            payers.add(new Compensation.Payer(g.guarantor(), g.cap(),
                    Math.max(0, Math.min(left, book.depositUnits(g.guarantor())))));
        }
        return Compensation.plan(c.decidedAmount(), available, book.depositUnits(c.respondent()), payers);
    }

    /**
     * Draws {@code units} worth from the member's deposits, currency by currency in code order,
     * each at its rate: the plan counted each deposit at its value rounded down, so the deposits
     * in order always cover it.
     */
    private static void draw(Appender a, String member, long units, UUID claim, LocalDate date) {
        long left = units;
        for (var deposit : a.book.depositsOf(member)) {
            long worth = a.book.unitsOf(deposit.currency(), deposit.held());
            if (left <= 0 || worth <= 0) {
                continue;
            }
            long take = Math.min(left, worth);
            long money = Math.min(deposit.held(), a.book.moneyFor(deposit.currency(), take));
            a.append(new DepositMovement(member, DepositAction.DRAW, money, deposit.currency(), deposit.heldAt(), null,
                    date, claim));
            left -= take;
        }
    }
}
