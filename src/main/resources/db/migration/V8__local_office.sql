-- The office that keeps this ledger (docs/decisions/0038). A ledger without this row is kept by the
-- office that wrote its first entry (decision 0024). An office that joins from a sync file names
-- itself here, so the received entries can be stored at their own chain places first and need no
-- JOURNAL_ORIGIN row each. At most one row; insert-only.
CREATE TABLE local_office (
  id           TINYINT     DEFAULT 1 NOT NULL,
  office_code  VARCHAR(8)  NOT NULL,
  CONSTRAINT pk_local_office PRIMARY KEY (id),
  CONSTRAINT ck_local_office_one CHECK (id = 1)
);
