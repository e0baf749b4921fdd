package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.document.ExposurePack;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ExposureLine;
import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
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

    /**
     * @param fromBelow unsettled claims against members further down the guarantor's tree, which
     *                  could climb to them on escalation or appeal
     */
    public record Report(String guarantor, List<ExposureLine> lines, long fromBelow, long ownDeposit) {
        public long totalMax() {
            return lines.stream().mapToLong(ExposureLine::liabilityMax).sum();
        }

        public long totalExpected() {
            return lines.stream().mapToLong(ExposureLine::liabilityExpected).sum();
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

    /**
     * The guarantor's exposure pack: the report, the claims waiting for their vote, and the journal
     * head it was read at, all from one read of the books; {@code clock} stamps when it was made.
     */
    public ExposurePack pack(String guarantor, Clock clock) {
        return store.read(r -> {
            String g = Member.code(guarantor);
            Member who = r.member(g).orElseThrow(() -> new LedgerException("member.unknown", g));
            GuarantorBook book = Appender.book(r);
            Report report = report(r, book, g, new HashMap<>(), unsettledByRespondent(book));
            List<Claim> waiting = book.claims().stream().filter(c -> c.status().isOpen() && c.panel().contains(g)
                    && !c.votes().containsKey(g)).sorted(Comparator.comparing(Claim::deadline,
                            Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            Set<String> parties = new HashSet<>();
            waiting.forEach(c -> {
                parties.add(c.claimant());
                parties.add(c.respondent());
            });
            Map<String, Member> names = parties.isEmpty() ? Map.of() : r.members(parties);
            List<ExposurePack.Vote> votes = waiting.stream().map(c -> new ExposurePack.Vote(c.id(), c.claimant(),
                    nameOf(names, c.claimant()), c.respondent(), nameOf(names, c.respondent()), c.amount(), c.level(),
                    c.filed(), c.deadline(), c.text())).toList();
            return new ExposurePack(Books.settings(r), who, report.lines(), report.fromBelow(), report.ownDeposit(),
                    votes, Books.head(r), clock.instant(), clock.getZone());
        });
    }

    private static String nameOf(Map<String, Member> names, String code) {
        Member m = names.get(code);
        return m == null ? code : m.name();
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
        List<ExposureLine> lines = new ArrayList<>();
        for (Guarantee x : vouched) {
            Member m = members.get(x.member());
            long claims = open.getOrDefault(x.member(), 0L);
            long paid = book.paidFor(g, x.member());
            long max = Math.max(0, x.cap() - paid);
            long uncovered = Math.max(0, claims - Math.max(0, m.balance() + CreditStanding.of(m, book).limit())
                    - book.depositUnits(x.member()));
            long caps = book.guarantorsOf(x.member()).stream().mapToLong(Guarantee::cap).sum();
            long share = caps == 0 ? 0 : ceilShare(uncovered, x.cap(), caps);
            lines.add(new ExposureLine(x.member(), m.name(), x.cap(), m.balance(), claims, max, Math.min(max, share), paid));
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
