package coop.poruka.domain.guarantee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an upheld claim is paid, in unit minor units: first the respondent within their credit,
 * then the respondent's deposit, then the guarantors' deposits in proportion to their caps, none
 * beyond what remains of their cap nor beyond their deposit.
 *
 * @param fromGuarantors by guarantor code
 * @param shortfall      what nobody could cover; a plan with a shortfall is not carried out
 */
public record Compensation(long total, long fromRespondent, long fromOwnDeposit, Map<String, Long> fromGuarantors,
        long shortfall) {

    /** One guarantor's part: the cap that sets their share and the most they can pay now. */
    public record Payer(String code, long cap, long most) {}

    public static Compensation plan(long total, long respondentAvailable, long ownDeposit, List<Payer> guarantors) {
        long rest = total;
        long fromRespondent = Math.min(rest, Math.max(0, respondentAvailable));
        rest -= fromRespondent;
        long fromDeposit = Math.min(rest, Math.max(0, ownDeposit));
        rest -= fromDeposit;
        Map<String, Long> shares = new TreeMap<>();
        List<Payer> open = new ArrayList<>(guarantors.stream().filter(p -> p.most() > 0).toList());
        // Water filling: shares in proportion to caps; whoever would pay past their most pays
        // their most, leaves, and the rest is shared again among the others.
        while (rest > 0 && !open.isEmpty()) {
            long capSum = open.stream().mapToLong(Payer::cap).sum();
            Map<Payer, Long> share = proportional(rest, open, capSum);
            List<Payer> full = open.stream().filter(p -> share.get(p) >= p.most()).toList();
            if (full.isEmpty()) {
                share.forEach((p, s) -> shares.merge(p.code(), s, Long::sum));
                rest = 0;
            } else {
                for (Payer p : full) {
                    shares.merge(p.code(), p.most(), Long::sum);
                    rest -= p.most();
                    open.remove(p);
                }
            }
        }
        shares.values().removeIf(v -> v == 0);
        return new Compensation(total, fromRespondent, fromDeposit, shares, rest);
    }

    /** {@code amount} split by cap, the odd minor units going to the largest remainders (then by code). */
    private static Map<Payer, Long> proportional(long amount, List<Payer> payers, long capSum) {
        Map<Payer, Long> out = new LinkedHashMap<>();
        Map<Payer, Long> remainder = new LinkedHashMap<>();
        long given = 0;
        for (Payer p : payers) {
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(p.cap()))
                    .divideAndRemainder(java.math.BigInteger.valueOf(capSum));
            out.put(p, qr[0].longValueExact());
            remainder.put(p, qr[1].longValueExact());
            given += qr[0].longValueExact();
        }
        List<Payer> order = new ArrayList<>(payers);
        order.sort(Comparator.comparing((Payer p) -> remainder.get(p)).reversed().thenComparing(Payer::code));
        for (int i = 0; given < amount; i++, given++) {
            Payer p = order.get(i % order.size());
            out.merge(p, 1L, Long::sum);
        }
        return out;
    }

    public boolean covered() {
        return shortfall == 0;
    }
}
