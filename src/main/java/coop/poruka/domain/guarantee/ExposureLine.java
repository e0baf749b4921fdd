package coop.poruka.domain.guarantee;

/**
 * One member a guarantor vouches for, and what that could cost the guarantor (unit minor units).
 *
 * @param paid what the guarantor already paid for this member: the member owes it to them
 */
public record ExposureLine(String member, String name, long cap, long balance, long openClaims, long liabilityMax,
        long liabilityExpected, long paid) {}
