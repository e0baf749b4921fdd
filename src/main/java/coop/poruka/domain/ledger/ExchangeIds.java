package coop.poruka.domain.ledger;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Time-ordered exchange ids (UUID version 7, RFC 9562): 48 bits of Unix milliseconds, then 74
 * random bits. Ids made one after another sort near each other, so the ledger's id index grows at
 * its end instead of being rewritten all over (docs/decisions/0007). Any UUID given by a caller is
 * still accepted.
 */
public final class ExchangeIds {
    private static final Random SECURE = new SecureRandom();

    private ExchangeIds() {}

    /** A new id for an exchange recorded now. */
    public static UUID next(Instant now) {
        return of(now.toEpochMilli(), SECURE);
    }

    /** An id with the given time part and random bits from {@code random} (seeded for the demo). */
    public static UUID of(long epochMillis, RandomGenerator random) {
        long msb = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
