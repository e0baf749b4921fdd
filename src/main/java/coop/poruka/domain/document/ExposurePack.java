package coop.poruka.domain.document;

import coop.poruka.domain.guarantee.ExposureLine;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a guarantor is shown of their exposure, to keep or take to a meeting: each member they
 * vouch for with what it could cost them, what could climb to them from further down, their own
 * deposit, and the claims waiting for their vote with the day each must be decided by.
 *
 * @param head the journal head the pack was read at (null for empty books)
 */
public record ExposurePack(CoopSettings coop, Member guarantor, List<ExposureLine> lines, long fromBelow,
        long ownDeposit, List<Vote> votes, JournalEntry head, Instant printedAt, ZoneId zone) {

    /** A claim on whose panel the guarantor sits and has not voted yet. */
    public record Vote(UUID claim, String claimant, String claimantName, String respondent, String respondentName,
            long amount, int level, LocalDate filed, LocalDate deadline, String text) {}

    public ExposurePack {
        Objects.requireNonNull(coop, "coop");
        Objects.requireNonNull(guarantor, "guarantor");
        lines = List.copyOf(lines);
        votes = List.copyOf(votes);
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
    }

    public long totalMax() {
        return lines.stream().mapToLong(ExposureLine::liabilityMax).sum();
    }

    public long totalExpected() {
        return lines.stream().mapToLong(ExposureLine::liabilityExpected).sum();
    }
}
