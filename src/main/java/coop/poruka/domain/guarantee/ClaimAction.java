package coop.poruka.domain.guarantee;

/** One step of a claim's life, as the journal records it. */
public enum ClaimAction {
    FILE, VOTE, APPEAL, ESCALATE, MEETING, SETTLE
}
