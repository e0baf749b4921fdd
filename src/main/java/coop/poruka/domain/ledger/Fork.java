package coop.poruka.domain.ledger;

import java.time.Instant;

/**
 * Two different entries seen at the same place of one office's chain: the one this ledger holds
 * and the one a sync file from {@code sender} brought. People must sort it out.
 */
public record Fork(String office, long seq, Hash held, Hash other, String sender, Instant seenAt) {}
