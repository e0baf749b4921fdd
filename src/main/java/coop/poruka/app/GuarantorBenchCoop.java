package coop.poruka.app;

import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The large co-op the guarantor system's speed is measured on (docs/performance.md): members in
 * a guarantor tree of a given depth, every member vouched for by the member above them and every
 * third one also by a second member of the level above, and open claims against random members.
 * Written straight through the journal in a few transactions, as a bulk import would, so building
 * it takes seconds rather than the hours a use case per entry would take.
 */
public final class GuarantorBenchCoop {
    /** The day the guarantees start and the exchanges are dated; claims are filed the day after. */
    public static final LocalDate SINCE = LocalDate.parse("2026-01-01");
    public static final int ESCALATION_DAYS = 14;

    private final LedgerStore store;
    private final Clock clock;

    public GuarantorBenchCoop(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param members     members in the co-op
     * @param depth       levels of the tree (the root is level 1)
     * @param guarantees  guarantees in force
     * @param claims      open claims, each at level 1 with its deadline
     * @param branching   members each guarantor vouches for as the first guarantor
     */
    public record Shape(int members, int depth, int guarantees, int claims, int branching) {}

    /** The children per guarantor that fit {@code members} into a tree of {@code depth} levels, no deeper. */
    public static int branching(int members, int depth) {
        for (int b = 1; ; b++) {
            long fit = 0;
            long level = 1;
            for (int d = 0; d < depth && fit < members; d++) {
                fit += level;
                level *= b;
            }
            if (fit >= members) {
                return b;
            }
        }
    }

    public static String code(int i) {
        return String.format(Locale.ROOT, "ALM-%05d", i);
    }

    /** Builds the co-op in an empty ledger (which this starts). */
    public Shape build(int members, int depth, int claims, long seed) {
        if (members < 2 || depth < 2 || claims < 0) {
            throw new IllegalArgumentException("a benchmark co-op needs at least 2 members, 2 levels and no negative claims");
        }
        int b = branching(members, depth);
        List<AddMember.NewMember> people = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            people.add(new AddMember.NewMember(code(i), "Member " + i, 100_000, null));
        }
        new InitLedger(store, clock).run(InitLedger.settings("Bench Co-op", new Unit("som-hour", "ꝏ", 2), "ALM",
                "Almaty"), people);
        new SetRules(store, clock).run(new SetRules.Change(0, ESCALATION_DAYS, null, null, null, null),
                "general meeting", "benchmark", SINCE);
        int guarantees = store.write(w -> {
            Appender a = new Appender(w, clock);
            int n = 0;
            for (int i = 1; i < members; i++) {
                int first = (i - 1) / b;
                a.append(new GuaranteeChange(code(first), code(i), 10_000, SINCE, false, null));
                n++;
                // A second guarantor on the first one's level keeps the tree no deeper and gives
                // panels of two, as a real co-op's are.
                int second = first - 1;
                if (i % 3 == 0 && second >= 0 && level(second, b) == level(first, b)) {
                    a.append(new GuaranteeChange(code(second), code(i), 5_000, SINCE, false, null));
                    n++;
                }
            }
            return n;
        });
        Random rnd = new Random(seed);
        List<UUID> exchanges = new ArrayList<>();
        store.write(w -> {
            Poster poster = new Poster(w, clock, true);
            for (int k = 0; k < claims; k++) {
                int respondent = 1 + rnd.nextInt(members - 1);
                int claimant = (respondent + 1 + rnd.nextInt(members - 1)) % members;
                if (claimant == respondent) {
                    claimant = (claimant + 1) % members;
                }
                Exchange x = new Exchange(ExchangeIds.next(clock.instant()), SINCE,
                        List.of(new Leg(code(respondent), code(claimant), 1_000, "")), null, null, null);
                poster.post(x, true);
                exchanges.add(x.id());
            }
            poster.flush();
            return null;
        });
        LocalDate filed = SINCE.plusDays(1);
        store.write(w -> {
            Appender a = new Appender(w, clock);
            for (UUID id : exchanges) {
                Leg leg = w.exchange(id).orElseThrow().exchange().legs().get(0);
                a.append(new ClaimEvent(ExchangeIds.next(clock.instant()), ClaimAction.FILE, filed, leg.receiver(),
                        leg.receiver(), leg.supplier(), id, 0, 500L, "never delivered", false, 1,
                        filed.plusDays(ESCALATION_DAYS - 1L), a.book.firstPanel(leg.receiver(), leg.supplier(), false)));
            }
            return null;
        });
        return new Shape(members, level(members - 1, b), guarantees, claims, b);
    }

    /** The day on which an escalation run moves every claim still below the top exactly {@code round} levels up. */
    public static LocalDate escalationDay(int round) {
        return SINCE.plusDays(1 + (long) ESCALATION_DAYS * round);
    }

    /** The level (1 = the root) of member {@code i} in a tree where member i's first guarantor is (i-1)/b. */
    static int level(int i, int b) {
        int level = 1;
        while (i > 0) {
            i = (i - 1) / b;
            level++;
        }
        return level;
    }
}
