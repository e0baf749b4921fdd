package coop.poruka.app;

import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The demo co-op's guarantor system, made through the real use cases: a guarantor tree over its
 * first members (five levels deep at the default size), deposits at a bank, and claims at every
 * stage: open, awaiting a second vote, escalated one and two levels, waiting for the general
 * meeting, decided both ways, and settled. Dates count back from the demo's last day.
 */
final class DemoGuarantors {
    /** Members in the tree: 1 + 3 + 9 + 27 + 81, five levels, so a large demo costs no more than this. */
    static final int TREE_MAX = 121;
    static final int BRANCHING = 3;
    static final String BANK = "Halyk Bank, KZ86 601A 8610 0000 4117";
    static final String EURO_BANK = "LHV Pank, EE38 7700 7710 0123 4567";
    static final String MEETING = "general meeting";

    /** A two-party exchange a claim may be about. */
    record Candidate(UUID exchange, LocalDate date, String supplier, String receiver, long amount) {}

    /** What was made. */
    record Made(int guarantees, int deposits, int claims) {}

    private final LedgerStore store;
    private final Clock clock;
    private final LocalDate today;
    private final List<String> codes;
    private final long unit;
    private final Map<LocalDate, List<Candidate>> candidates = new TreeMap<>();
    private final Set<String> respondents = new HashSet<>();
    private int claims;

    DemoGuarantors(LedgerStore store, Clock clock, List<Member> members, int unitDecimals) {
        this.store = store;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.codes = members.stream().limit(TREE_MAX).map(Member::code).toList();
        this.unit = (long) Math.pow(10, unitDecimals);
    }

    /** Keeps a few two-party exchanges of each day, to file the claims about. */
    void offer(Exchange x) {
        if (x.isReversal() || x.legs().size() != 1) {
            return;
        }
        List<Candidate> day = candidates.computeIfAbsent(x.valueDate(), d -> new ArrayList<>());
        Leg leg = x.legs().get(0);
        if (day.size() < 10) {
            day.add(new Candidate(x.id(), x.valueDate(), leg.supplier(), leg.receiver(), leg.amount()));
        }
    }

    Made make(LocalDate since) {
        if (codes.size() < 2) {
            return new Made(0, 0, 0);
        }
        new SetRules(store, clock).run(new SetRules.Change(null, 14, null, null, "KZT", 100_00L), MEETING,
                "Rules of the founding meeting: decisions within 14 days; one unit is worth 100 tenge", since);
        new SetRules(store, clock).run(new SetRules.Change(null, null, null, null, "EUR", 20L), MEETING,
                "Deposits in euro accepted too, for members with savings abroad: one unit is worth 0.20 euro", since);
        int guarantees = 0;
        GiveGuarantee give = new GiveGuarantee(store, clock);
        for (int i = 1; i < codes.size(); i++) {
            int first = (i - 1) / BRANCHING;
            give.run(codes.get(first), codes.get(i), 500 * unit, since);
            guarantees++;
            int second = first - 1;
            // Every other member has a second guarantor on the same level, so some panels are two.
            if (i % 2 == 0 && second >= 0
                    && GuarantorBenchCoop.level(second, BRANCHING) == GuarantorBenchCoop.level(first, BRANCHING)) {
                give.run(codes.get(second), codes.get(i), 250 * unit, since);
                guarantees++;
            }
        }
        int deposits = 0;
        MoveDeposit move = new MoveDeposit(store, clock);
        for (int i = 0; i < codes.size(); i++) {
            boolean guarantor = i * BRANCHING + 1 < codes.size();
            if (guarantor || i % 4 == 0) {
                long tenge = (20_000 + 5_000L * (i % 7)) * 100;
                move.run(new MoveDeposit.Request(codes.get(i), DepositAction.PLACE, tenge, "KZT", BANK, null, since));
                deposits++;
            }
            if (guarantor && i % 5 == 2) {
                move.run(new MoveDeposit.Request(codes.get(i), DepositAction.PLACE, (100 + 50L * (i % 3)) * 100, "EUR",
                        EURO_BANK, null, since));
                deposits++;
            }
        }
        if (codes.size() > 1) {
            move.run(new MoveDeposit.Request(codes.get(1), DepositAction.TOPUP, 10_000_00L, "KZT", null, null,
                    since.plusDays(30).isAfter(today) ? today : since.plusDays(30)));
        }
        claims();
        new EscalateClaims(store, clock).run(today);
        return new Made(guarantees, deposits, claims);
    }

    private GuarantorBook book() {
        return store.read(Appender::book);
    }

    /** One claim at each stage, as far as the demo's exchanges and tree allow. */
    private void claims() {
        FileClaim file = new FileClaim(store, clock);
        DecideClaim decide = new DecideClaim(store, clock);
        Predicate<List<Guarantee>> one = g -> !g.isEmpty();
        Predicate<List<Guarantee>> two = g -> g.size() == 2;

        // Settled: upheld by the whole panel, paid after the appeal interval.
        UUID settled = file(file, 60, 4, one);
        if (settled != null) {
            uphold(decide, settled, day(55));
            // Another seed may leave the respondent and their guarantors unable to pay: then it stays upheld.
            if (store.write(w -> SettleClaim.plan(w, Appender.book(w), Appender.book(w).claim(settled).orElseThrow())
                    .covered())) {
                new SettleClaim(store, clock).run(settled, day(40));
            }
        }
        // Rejected: decided, and the interval to appeal has passed.
        UUID rejected = file(file, 30, 3, one);
        if (rejected != null) {
            reject(decide, rejected, day(28));
        }
        // Upheld, and the parties may still appeal.
        UUID upheld = file(file, 12, 3, one);
        if (upheld != null) {
            uphold(decide, upheld, day(8));
        }
        // Its panel let the deadline pass: level 2 now.
        file(file, 20, 4, one);
        // Rejected, appealed by the claimant to level 2, whose panel let its deadline pass: level 3.
        UUID appealed = file(file, 26, 4, one);
        if (appealed != null) {
            var c = reject(decide, appealed, day(24));
            decide.appeal(appealed, c.claimant(), "The panel did not hear my witness.", day(21));
        }
        // Against a member at the bottom of the tree, filed long ago: climbs to the general meeting.
        file(file, 80, 5, one);
        // Awaiting the second of two votes.
        UUID half = file(file, 6, 4, two);
        if (half != null) {
            var c = book().claim(half).orElseThrow();
            decide.vote(half, c.panel().get(0), c.amount(), day(4));
        }
        // Just filed: the panel has days left.
        file(file, 2, 3, one);
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    /**
     * Files a claim {@code daysAgo} about an exchange made before then by a member at least
     * {@code minLevel} deep in the tree whose guarantors fit {@code panel}; null when there is none.
     */
    private UUID file(FileClaim file, int daysAgo, int minLevel, Predicate<List<Guarantee>> panel) {
        LocalDate on = day(daysAgo);
        GuarantorBook book = book();
        for (List<Candidate> list : ((TreeMap<LocalDate, List<Candidate>>) candidates).headMap(on, true).descendingMap()
                .values()) {
            for (Candidate x : list) {
                int index = codes.indexOf(x.supplier());
                if (index < 0 || respondents.contains(x.supplier()) || !codes.contains(x.receiver())
                        || GuarantorBenchCoop.level(index, BRANCHING) < minLevel
                        || !panel.test(book.guarantorsOf(x.supplier()))
                        || store.read(r -> r.reversalOf(x.exchange()).isPresent())) {
                    continue;
                }
                respondents.add(x.supplier());
                claims++;
                long amount = Math.max(1, x.amount() / 2);
                return file.run(new FileClaim.Request(x.receiver(), x.supplier(), x.exchange(), amount,
                        "Paid for the goods, half of them never came.", false, on)).claim();
            }
        }
        return null;
    }

    private void uphold(DecideClaim decide, UUID claim, LocalDate on) {
        var c = book().claim(claim).orElseThrow();
        for (String p : c.panel()) {
            if (c.status().isOpen()) {
                c = decide.vote(claim, p, c.amount(), on);
            }
        }
    }

    private coop.poruka.domain.guarantee.Claim reject(DecideClaim decide, UUID claim, LocalDate on) {
        var c = book().claim(claim).orElseThrow();
        for (String p : c.panel()) {
            if (c.status().isOpen()) {
                c = decide.vote(claim, p, 0, on);
            }
        }
        return c;
    }
}
