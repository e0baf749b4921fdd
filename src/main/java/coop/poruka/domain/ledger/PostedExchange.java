package coop.poruka.domain.ledger;

import java.time.Instant;

/** An exchange with where and when it entered the journal. */
public record PostedExchange(Exchange exchange, long seq, Instant recordedAt, Hash hash) {}
