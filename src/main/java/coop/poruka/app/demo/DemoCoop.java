package coop.poruka.app.demo;

import coop.poruka.app.demo.DemoText.Item;
import coop.poruka.app.demo.DemoText.Lang;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A believable co-op, made up from a seed: the same plan and end date always give the same
 * settings, members and exchanges. Exchanges are made one at a time as they are asked for, so a
 * million of them cost no more memory than ten; every one keeps every member within their credit
 * limit, so all of them post without an override.
 */
public final class DemoCoop {
    public static final String OFFICE_CODE = "ALM";
    private static final int DECIMALS = 2;
    private static final long MINOR = 100;
    /** Mostly two-party trades; per thousand exchanges, this many swaps, chains and reversals. */
    private static final int SWAPS = 150;
    private static final int CHAINS = 120;
    private static final int REVERSALS = 8;
    /** Reversals correct one of the last few exchanges, as a clerk does the same week. */
    private static final int RECENT = 40;

    private final DemoPlan plan;
    private final LocalDate end;
    private final CoopSettings settings;
    private final List<Member> members;
    private final Lang[] langs;

    /** @param end the last value date, normally today */
    public DemoCoop(DemoPlan plan, LocalDate end) {
        this.plan = plan;
        this.end = end;
        SplittableRandom rnd = new SplittableRandom(plan.seed());
        this.settings = new CoopSettings(uuid(rnd), "Ынтымақ", new Unit("Kömek", "Kö", DECIMALS), OFFICE_CODE,
                "Almaty");
        this.langs = new Lang[plan.members()];
        this.members = makeMembers(rnd);
    }

    public DemoPlan plan() {
        return plan;
    }

    public CoopSettings settings() {
        return settings;
    }

    /** The members by code (ALM-0001, ALM-0002...), all active, joining on the end date, balance zero. */
    public List<Member> members() {
        return members;
    }

    /** How many exchanges {@link #exchanges()} gives, reversals included. */
    public long exchangeCount() {
        return plan.exchanges();
    }

    /** The exchanges in value-date order, made as they are asked for; each call starts again from the beginning. */
    public Iterator<Exchange> exchanges() {
        return new Trades();
    }

    public Stream<Exchange> stream() {
        return StreamSupport.stream(Spliterators.spliterator(exchanges(), exchangeCount(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private List<Member> makeMembers(SplittableRandom rnd) {
        List<Member> out = new ArrayList<>(plan.members());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < plan.members(); i++) {
            Lang lang = Lang.pick(rnd);
            boolean woman = rnd.nextBoolean();
            String name = DemoText.name(lang, woman, rnd);
            // Namesakes happen in real co-ops, but a small demo reads better without them.
            for (int tries = 0; tries < 20 && !names.add(name); tries++) {
                name = DemoText.name(lang, woman, rnd);
            }
            long limit = (200 + 50L * rnd.nextInt(37)) * MINOR; // 200 to 2000 units
            String contact = rnd.nextInt(10) < 6 ? DemoText.contact(lang, rnd) : null;
            langs[i] = lang;
            out.add(new Member(code(i), name, MemberStatus.ACTIVE, limit, end, contact, 0));
        }
        return List.copyOf(out);
    }

    private static String code(int index) {
        return String.format(Locale.ROOT, "%s-%04d", OFFICE_CODE, index + 1);
    }

    /** A random (version 4) UUID drawn from the seeded generator, so ids repeat with the seed. */
    private static UUID uuid(SplittableRandom rnd) {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** One leg while it is being made up: members by index. */
    private record Part(int supplier, int receiver, long amount, String memo) {}

    /** An exchange made earlier that a reversal may still correct. */
    private record Made(Exchange exchange, List<Part> parts) {}

    /** Makes the exchanges one by one, keeping every member's balance to check the limits. */
    private final class Trades implements Iterator<Exchange> {
        private final SplittableRandom rnd = new SplittableRandom(plan.seed() ^ 0x5DEECE66DL);
        private final int n = members.size();
        private final long[] balance = new long[n];
        private final long[] limit = new long[n];
        private final String[] codes = new String[n];
        private final ArrayDeque<Made> recent = new ArrayDeque<>();
        private final LocalDate start = end.minusMonths(plan.months()).plusDays(1);
        private final long days = ChronoUnit.DAYS.between(start, end) + 1;
        private long made;

        Trades() {
            for (int i = 0; i < n; i++) {
                limit[i] = members.get(i).creditLimit();
                codes[i] = members.get(i).code();
            }
        }

        @Override
        public boolean hasNext() {
            return made < plan.exchanges();
        }

        @Override
        public Exchange next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            // Spread evenly over the period, so dates never go backwards and the last one is today.
            LocalDate date = start.plusDays(made * days / plan.exchanges());
            int roll = rnd.nextInt(1000);
            Exchange x = roll < REVERSALS ? reversal(date) : null;
            if (x == null && roll < REVERSALS + SWAPS) {
                x = swap(date);
            } else if (x == null && roll < REVERSALS + SWAPS + CHAINS) {
                x = chain(date);
            }
            if (x == null) {
                x = trade(date);
            }
            made++;
            return x;
        }

        /** A time-ordered id as the program would give it, in the order the exchanges were made. */
        private UUID exchangeId(LocalDate date) {
            long dayStart = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            return ExchangeIds.of(dayStart + made % 86_400_000L, rnd);
        }

        private Exchange trade(LocalDate date) {
            for (int tries = 0; tries < 10; tries++) {
                int a = rnd.nextInt(n);
                int b = other(a);
                // Often the member further below zero is the one who supplies: they want to earn.
                if (rnd.nextInt(10) < 4 && balance[a] > balance[b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                Exchange x = post(date, List.of(part(a, b)));
                if (x != null) {
                    return x;
                }
            }
            // Someone always has room: balances sum to zero, so the member with the most room has at
            // least their whole limit of 200 units or more.
            int receiver = 0;
            for (int i = 1; i < n; i++) {
                if (balance[i] + limit[i] > balance[receiver] + limit[receiver]) {
                    receiver = i;
                }
            }
            int supplier = other(receiver);
            Part p = part(supplier, receiver);
            long room = (balance[receiver] + limit[receiver]) / MINOR * MINOR;
            return post(date, List.of(new Part(supplier, receiver, Math.min(p.amount(), room), p.memo())));
        }

        /** Two members supply each other, such as flour for a lift to the city. */
        private Exchange swap(LocalDate date) {
            for (int tries = 0; tries < 5; tries++) {
                int a = rnd.nextInt(n);
                int b = other(a);
                Exchange x = post(date, List.of(part(a, b), part(b, a)));
                if (x != null) {
                    return x;
                }
            }
            return null;
        }

        /** Three to five members in a ring: each supplies the next, the last supplies the first. */
        private Exchange chain(LocalDate date) {
            int k = Math.min(n, 3 + rnd.nextInt(3));
            if (k < 3) {
                return null;
            }
            for (int tries = 0; tries < 5; tries++) {
                int[] ring = distinct(k);
                List<Part> parts = new ArrayList<>(k);
                for (int i = 0; i < k; i++) {
                    parts.add(part(ring[i], ring[(i + 1) % k]));
                }
                Exchange x = post(date, parts);
                if (x != null) {
                    return x;
                }
            }
            return null;
        }

        /** Corrects a recent exchange by running its legs backwards, with the clerk's reason. */
        private Exchange reversal(LocalDate date) {
            if (recent.isEmpty()) {
                return null;
            }
            List<Made> candidates = new ArrayList<>(recent);
            Made original = candidates.get(rnd.nextInt(candidates.size()));
            List<Part> back = original.parts().stream()
                    .map(p -> new Part(p.receiver(), p.supplier(), p.amount(), p.memo())).toList();
            if (!fits(back)) {
                return null;
            }
            recent.remove(original);
            String reason = DemoText.reason(langs[original.parts().get(0).supplier()], rnd);
            Exchange x = new Exchange(exchangeId(date), date, legs(back), original.exchange().id(), reason, null);
            apply(back);
            return x;
        }

        /** The exchange of these legs when it keeps everyone within their limit, else null. */
        private Exchange post(LocalDate date, List<Part> parts) {
            if (!fits(parts)) {
                return null;
            }
            Exchange x = new Exchange(exchangeId(date), date, legs(parts), null, null, null);
            apply(parts);
            recent.addLast(new Made(x, parts));
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
            return x;
        }

        /** The supplier gives the receiver something, described in the supplier's language. */
        private Part part(int supplier, int receiver) {
            Item item = DemoText.item(rnd);
            long amount = (item.minUnits() + rnd.nextInt(item.maxUnits() - item.minUnits() + 1)) * MINOR;
            if (rnd.nextInt(10) < 3) {
                amount -= MINOR / 2; // 24.50 rather than 25.00 now and then
            }
            return new Part(supplier, receiver, amount, item.memo(langs[supplier]));
        }

        /** Checked on each member's net result, as the ledger checks it. */
        private boolean fits(List<Part> parts) {
            Map<Integer, Long> net = new HashMap<>();
            for (Part p : parts) {
                net.merge(p.supplier(), p.amount(), Long::sum);
                net.merge(p.receiver(), -p.amount(), Long::sum);
            }
            for (Map.Entry<Integer, Long> e : net.entrySet()) {
                int m = e.getKey();
                if (e.getValue() < 0 && balance[m] + e.getValue() < -limit[m]) {
                    return false;
                }
            }
            return true;
        }

        private void apply(List<Part> parts) {
            for (Part p : parts) {
                balance[p.supplier()] += p.amount();
                balance[p.receiver()] -= p.amount();
            }
        }

        private List<Leg> legs(List<Part> parts) {
            List<Leg> legs = new ArrayList<>(parts.size());
            for (Part p : parts) {
                legs.add(new Leg(codes[p.supplier()], codes[p.receiver()], p.amount(), p.memo()));
            }
            return legs;
        }

        private int other(int a) {
            int b = rnd.nextInt(n - 1);
            return b >= a ? b + 1 : b;
        }

        private int[] distinct(int k) {
            int[] picked = new int[k];
            for (int i = 0; i < k; i++) {
                int m;
                do {
                    m = rnd.nextInt(n);
                } while (contains(picked, i, m));
                picked[i] = m;
            }
            return picked;
        }

        private static boolean contains(int[] values, int count, int value) {
            for (int i = 0; i < count; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
