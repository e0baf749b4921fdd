-- Period close (docs/decisions/0023). One row per closed month, insert-only like the rest, keyed
-- by the journal entry that closed it: the journal head the month ended with and the trial
-- balance (each member's balance by value date at the month's end), member codes and balances
-- in two arrays of the same length, in code order.
CREATE TABLE period_close (
  journal_seq  BIGINT       NOT NULL,
  closed_month VARCHAR(7)   NOT NULL,
  head_seq     BIGINT       NOT NULL,
  head_hash    VARCHAR(64),
  members      VARCHAR(20) ARRAY NOT NULL,
  balances     BIGINT ARRAY NOT NULL,
  CONSTRAINT pk_period_close PRIMARY KEY (journal_seq),
  CONSTRAINT fk_period_close_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT uq_period_close_month UNIQUE (closed_month)
);
