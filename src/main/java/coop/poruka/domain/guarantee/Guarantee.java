package coop.poruka.domain.guarantee;

import java.time.LocalDate;

/** Guarantor vouches for member up to {@code cap} minor units, since {@code since}. */
public record Guarantee(String guarantor, String member, long cap, LocalDate since) {}
