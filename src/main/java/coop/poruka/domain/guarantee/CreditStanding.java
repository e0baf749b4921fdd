package coop.poruka.domain.guarantee;

import coop.poruka.domain.Sentence;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import java.util.List;

/**
 * A member's credit limit as the co-op's rules derive it, with what it was derived from.
 *
 * @param deposit    the member's own deposit, valued in units
 * @param caps       the sum of the caps of the member's guarantees
 * @param guarantors how many members vouch for them now
 * @param valuation  how each deposit was valued: "KZT 40000.00 ÷ 100.00 = 400.00; EUR 100.00 ÷ 0.20 = 500.00"
 *                   (money ÷ the value of one unit in that currency, rounded down), or "0" without any
 */
public record CreditStanding(String member, CoopRules rules, long limit, long fixedLimit, long deposit, long caps,
        int guarantors, String valuation) {

    public static CreditStanding of(Member m, GuarantorBook book) {
        CoopRules rules = book.rules();
        List<Guarantee> gs = book.guarantorsOf(m.code());
        long caps = gs.stream().mapToLong(Guarantee::cap).reduce(0, Math::addExact);
        long deposit = book.depositUnits(m.code());
        long limit = rules.limitRule() == LimitRule.FIXED ? m.creditLimit()
                : Math.min(rules.limitMax(), Math.addExact(deposit, caps));
        return new CreditStanding(m.code(), rules, limit, m.creditLimit(), deposit, caps, gs.size(),
                valuation(book, m.code()));
    }

    private static String valuation(GuarantorBook book, String member) {
        List<String> parts = new java.util.ArrayList<>();
        for (Deposit d : book.depositsOf(member)) {
            Long value = book.unitValues().get(d.currency());
            if (d.held() > 0 && value != null) {
                int cd = CoopRules.currencyDecimals(d.currency());
                parts.add(d.currency() + " " + Amounts.format(d.held(), cd) + " \u00f7 " + Amounts.format(value, cd) + " = "
                        + Amounts.format(book.unitsOf(d.currency(), d.held()), book.unitDecimals()));
            }
        }
        return parts.isEmpty() ? "0" : String.join("; ", parts);
    }

    /** Fewer guarantors than the rules require: no new credit until it is restored. */
    public boolean tooFewGuarantors() {
        return guarantors < rules.minGuarantors();
    }

    /** One sentence: how the limit follows from the rules (and why no credit, when suspended). */
    public Sentence explanation(int decimals) {
        if (tooFewGuarantors()) {
            return new Sentence("limit.tooFewGuarantors", member, guarantors, rules.minGuarantors());
        }
        if (rules.limitRule() == LimitRule.FIXED) {
            return new Sentence("limit.fixed", member, Amounts.format(limit, decimals));
        }
        return new Sentence(deposit == 0 && "0".equals(valuation) ? "limit.derivedNoDeposit" : "limit.derived", member, Amounts.format(limit, decimals),
                Amounts.format(deposit, decimals), Amounts.format(caps, decimals), guarantors,
                Amounts.format(rules.limitMax(), decimals), valuation);
    }
}
