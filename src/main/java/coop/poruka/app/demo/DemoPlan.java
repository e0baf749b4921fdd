package coop.poruka.app.demo;

import coop.poruka.domain.LedgerException;

/**
 * What demo co-op to make: how many members, over how many months up to today, how many
 * exchanges, and the seed that makes it the same every time.
 */
public record DemoPlan(long seed, int members, int months, long exchanges) {
    public static final long DEFAULT_SEED = 1998;
    public static final int DEFAULT_MEMBERS = 60;
    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MEMBERS = 100_000;
    public static final int MAX_MONTHS = 120;
    public static final long MAX_EXCHANGES = 1_000_000_000L;

    public DemoPlan {
        if (members < 2 || members > MAX_MEMBERS) {
            throw new LedgerException("demo.members", members, MAX_MEMBERS);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new LedgerException("demo.months", months, MAX_MONTHS);
        }
        if (exchanges < 0 || exchanges > MAX_EXCHANGES) {
            throw new LedgerException("demo.exchanges", exchanges, MAX_EXCHANGES);
        }
    }

    /** A co-op as busy as a real one: each member takes part in about three exchanges a month. */
    public static DemoPlan of(long seed, int members, int months) {
        if (members < 2 || members > MAX_MEMBERS || months < 1 || months > MAX_MONTHS) {
            return new DemoPlan(seed, members, months, 0); // refused by the constructor, naming the bad value
        }
        return new DemoPlan(seed, members, months, (long) members * months * 3 / 2);
    }

    /** The demo a new window opens on. */
    public static DemoPlan standard() {
        return of(DEFAULT_SEED, DEFAULT_MEMBERS, DEFAULT_MONTHS);
    }

    public DemoPlan withExchanges(long count) {
        return new DemoPlan(seed, members, months, count);
    }
}
