package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a guarantor could be made to pay. For each member they vouch for: the cap, the member's
 * balance, the claims against them not yet settled, the most the guarantor could owe (what is left
 * of the cap) and what is expected on the current claims (their share, by cap, of what the member's
 * own credit and deposit would not cover); then what could reach them by escalation from further
 * down the tree, and the totals against their own deposit. All amounts in unit minor units.
 */
public final class Exposure {
    private final LedgerStore store;

    public Exposure(LedgerStore store) {
        this.store = store;
    }

    /** @param paid what the guarantor already paid for this member: the member owes it to them */
    public record Line(String member, String name, long cap, long balance, long openClaims, long liabilityMax,
            long liabilityExpected, long paid) {}

    /**
     * @param fromBelow unsettled claims against members further down the guarantor's tree, which
     *                  could climb to them on escalation or appeal
     */
    public record Report(String guarantor, List<Line> lines, long fromBelow, long ownDeposit) {
        public long totalMax() {
            return lines.stream().mapToLong(Line::liabilityMax).sum();
        }

        public long totalExpected() {
            return lines.stream().mapToLong(Line::liabilityExpected).sum();
        }
    }

    public Report of(String guarantor) {
        return store.read(r -> {
            String g = Member.code(guarantor);
            if (r.member(g).isEmpty()) {
                throw new LedgerException("member.unknown", g);
            }
            GuarantorBook book = Appender.book(r);
            return report(r, book, g, new HashMap<>(), unsettledByRespondent(book));
        });
    }

    /** Every guarantor's exposure, by guarantor code; one read of the books for all of them. */
    public List<Report> all() {
        return store.read(r -> {
            GuarantorBook book = Appender.book(r);
            Map<String, Member> members = new HashMap<>();
            r.members().forEach(m -> members.put(m.code(), m));
            Set<String> guarantors = new java.util.TreeSet<>();
            book.activeGuarantees().forEach(x -> guarantors.add(x.guarantor()));
            Map<String, Long> open = unsettledByRespondent(book);
            List<Report> out = new ArrayList<>();
            for (String g : guarantors) {
                out.add(report(r, book, g, members, open));
            }
            return out;
        });
    }

    private static Report report(LedgerReader r, GuarantorBook book, String g, Map<String, Member> members,
            Map<String, Long> open) {
        List<Guarantee> vouched = book.vouchedBy(g);
        if (members.isEmpty()) {
            members.putAll(r.members(vouched.stream().map(Guarantee::member).toList()));
        }
        List<Line> lines = new ArrayList<>();
        for (Guarantee x : vouched) {
            Member m = members.get(x.member());
            long claims = open.getOrDefault(x.member(), 0L);
            long paid = book.paidFor(g, x.member());
            long max = Math.max(0, x.cap() - paid);
            long uncovered = Math.max(0, claims - Math.max(0, m.balance() + CreditStanding.of(m, book).limit())
                    - book.depositUnits(x.member()));
            long caps = book.guarantorsOf(x.member()).stream().mapToLong(Guarantee::cap).sum();
            long share = caps == 0 ? 0 : ceilShare(uncovered, x.cap(), caps);
            lines.add(new Line(x.member(), m.name(), x.cap(), m.balance(), claims, max, Math.min(max, share), paid));
        }
        return new Report(g, lines, fromBelow(book, g, open), book.depositUnits(g));
    }

    private static long ceilShare(long amount, long cap, long caps) {
        return java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(cap))
                .add(java.math.BigInteger.valueOf(caps - 1)).divide(java.math.BigInteger.valueOf(caps)).longValueExact();
    }

    private static Map<String, Long> unsettledByRespondent(GuarantorBook book) {
        Map<String, Long> open = new HashMap<>();
        for (Claim c : book.claims()) {
            if (c.outstanding() > 0) {
                open.merge(c.respondent(), c.outstanding(), Long::sum);
            }
        }
        return open;
    }

    /** Unsettled claims against the members two or more levels below {@code g} in the tree. */
    private static long fromBelow(GuarantorBook book, String g, Map<String, Long> open) {
        if (open.isEmpty()) {
            return 0;
        }
        Set<String> direct = new HashSet<>();
        book.vouchedBy(g).forEach(x -> direct.add(x.member()));
        Set<String> seen = new HashSet<>(direct);
        seen.add(g);
        Deque<String> queue = new ArrayDeque<>(direct);
        long sum = 0;
        while (!queue.isEmpty()) {
            for (Guarantee x : book.vouchedBy(queue.poll())) {
                if (seen.add(x.member())) {
                    sum += open.getOrDefault(x.member(), 0L);
                    queue.add(x.member());
                }
            }
        }
        return sum;
    }
}
