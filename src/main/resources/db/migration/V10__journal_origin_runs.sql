-- Chain places by runs (docs/decisions/0047). JOURNAL_ORIGIN held one row per entry stored away
-- from its place in its office's chain; a sync file brings such entries by the thousand, one after
-- another, each one place after the last in storage and in its chain. A run row says the same for
-- ENTRIES consecutive storage positions from JOURNAL_SEQ: the one at JOURNAL_SEQ + k is entry
-- OFFICE_SEQ + k of OFFICE_CODE's chain. Runs never overlap. Insert-only, as the table it replaces.
CREATE TABLE journal_origin_run (
  journal_seq  BIGINT      NOT NULL,
  entries      BIGINT      NOT NULL,
  office_code  VARCHAR(8)  NOT NULL,
  office_seq   BIGINT      NOT NULL,
  CONSTRAINT pk_journal_origin_run PRIMARY KEY (journal_seq),
  CONSTRAINT fk_journal_origin_run_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT uq_journal_origin_run_place UNIQUE (office_code, office_seq),
  CONSTRAINT ck_journal_origin_run_seq CHECK (office_seq > 0),
  CONSTRAINT ck_journal_origin_run_entries CHECK (entries > 0)
);

-- The rows of a ledger made before this turn into runs: rows of one office whose storage position
-- and chain place both go up by one form a run (storage position minus its rank in the rows of the
-- same office and offset is the same along a run).
/* [jooq ignore start] */
INSERT INTO journal_origin_run (journal_seq, entries, office_code, office_seq)
SELECT MIN(journal_seq), COUNT(*), office_code, MIN(office_seq)
FROM (SELECT journal_seq, office_code, office_seq,
             journal_seq - office_seq AS shift,
             journal_seq - ROW_NUMBER() OVER (PARTITION BY office_code, journal_seq - office_seq
                                              ORDER BY journal_seq) AS run_key
      FROM journal_origin) places
GROUP BY office_code, shift, run_key;
/* [jooq ignore stop] */

DROP TABLE journal_origin;
