package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deposits ledger's own checks, over the journal's entries in order: no deposit ever holds
 * less than nothing, money is drawn only for an upheld claim, what the co-op holds in each
 * currency is what was placed minus what was drawn and returned, and no guarantor paid past a cap.
 */
public final class DepositChecks {
    private DepositChecks() {}

    /** What the co-op holds in one currency, in its minor units. */
    public record Total(String currency, long placed, long drawn, long returned, long held) {}

    static boolean isGuarantorEntry(EntryContent c) {
        return !(c instanceof SettingsChange || c instanceof MemberChange || c instanceof ExchangePosted
                || c instanceof EntryContent.PeriodClose);
    }

    static List<Total> check(List<EntryContent> entries, int decimals, List<LedgerException> problems) {
        GuarantorBook book = new GuarantorBook(decimals);
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, Long> held = new HashMap<>(); // "member currency" -> what that deposit holds
        for (EntryContent c : entries) {
            if (c instanceof DepositMovement d) {
                if (d.action() == DepositAction.DRAW) {
                    Claim claim = book.claim(d.claim()).orElse(null);
                    if (claim == null || claim.status() != ClaimStatus.UPHELD) {
                        problems.add(new LedgerException("verify.drawWithoutClaim", d.member(), d.claim()));
                    }
                }
                long now = held.merge(d.member() + " " + d.currency(), d.delta(), Long::sum);
                if (now < 0) {
                    problems.add(new LedgerException("verify.depositNegative", d.member()));
                }
                long[] t = totals.computeIfAbsent(d.currency(), k -> new long[3]);
                t[d.action() == DepositAction.DRAW ? 1 : d.action() == DepositAction.RETURN ? 2 : 0] += d.amount();
            }
            if (c instanceof ClaimEvent e && e.action() == coop.poruka.domain.guarantee.ClaimAction.SETTLE
                    && book.claim(e.claim()).map(Claim::status).orElse(null) != ClaimStatus.UPHELD) {
                problems.add(new LedgerException("verify.drawWithoutClaim", "-", e.claim()));
            }
            book.apply(c);
        }
        book.activeGuarantees().forEach(g -> {
            if (book.paidFor(g.guarantor(), g.member()) > g.cap()) {
                problems.add(new LedgerException("verify.capExceeded", g.guarantor(), g.member()));
            }
        });
        // The co-op's holdings, summed member by member, must equal placed - drawn - returned.
        Map<String, Long> byCurrency = new HashMap<>();
        book.deposits().forEach(d -> byCurrency.merge(d.currency(), d.held(), Long::sum));
        return totals.entrySet().stream().map(t -> {
            long[] v = t.getValue();
            long sum = byCurrency.getOrDefault(t.getKey(), 0L);
            if (sum != v[0] - v[1] - v[2]) {
                problems.add(new LedgerException("verify.depositsDisagree", t.getKey(), sum, v[0] - v[1] - v[2]));
            }
            return new Total(t.getKey(), v[0], v[1], v[2], sum);
        }).toList();
    }
}
