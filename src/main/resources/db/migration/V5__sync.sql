-- Sync between offices (docs/sync-format.md, docs/decisions/0024). Each office's journal is its
-- own hash chain; JOURNAL.SEQ is where this ledger stored an entry. JOURNAL_ORIGIN gives the
-- entry's place in its office's chain wherever that differs from the storage position.
CREATE TABLE journal_origin (
  journal_seq  BIGINT      NOT NULL,
  office_code  VARCHAR(8)  NOT NULL,
  office_seq   BIGINT      NOT NULL,
  CONSTRAINT pk_journal_origin PRIMARY KEY (journal_seq),
  CONSTRAINT fk_journal_origin_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT uq_journal_origin_place UNIQUE (office_code, office_seq),
  CONSTRAINT ck_journal_origin_seq CHECK (office_seq > 0)
);

-- What another office said it holds from each origin office (the highest sequence number with
-- no gap before it), as of the sync file it came in. Insert-only: the latest row counts.
CREATE TABLE sync_ack (
  id           BIGINT AUTO_INCREMENT    NOT NULL,
  office_code  VARCHAR(8)               NOT NULL,
  origin       VARCHAR(8)               NOT NULL,
  through_seq  BIGINT                   NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_sync_ack PRIMARY KEY (id)
);
CREATE INDEX ix_sync_ack_office ON sync_ack (office_code, origin, id);

-- The same office and sequence number seen with two different entries: a restored backup or
-- tampering, for people to sort out. The entry held is in the journal; the other one is kept here.
CREATE TABLE sync_fork (
  id           BIGINT AUTO_INCREMENT    NOT NULL,
  office_code  VARCHAR(8)               NOT NULL,
  office_seq   BIGINT                   NOT NULL,
  held_hash    BINARY(32)               NOT NULL,
  other_hash   BINARY(32)               NOT NULL,
  sender       VARCHAR(8)               NOT NULL,
  seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_sync_fork PRIMARY KEY (id)
);
