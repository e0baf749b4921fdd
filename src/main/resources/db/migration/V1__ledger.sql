-- The first ledger schema. Every posted entry is appended to JOURNAL, hash-chained; rows are
-- only ever inserted: JOURNAL (with the exchanges), COOP_VERSION, MEMBER_VERSION, REVERSAL.
-- MEMBER is the current-state projection of a member (and their running balance), kept so that
-- showing a balance never scans history; VERIFY checks it against the entries.

-- The journal row of an exchange holds the exchange itself: exchanges are nearly every entry,
-- and one row each is what lets a bulk import keep up (docs/decisions/0007). Its legs are
-- parallel arrays (leg n is element n of each). A leg is one balanced pair of postings: the
-- supplier is credited AMOUNT and the receiver debited AMOUNT, so every leg, and so every
-- exchange, balances by construction. Other kinds of entry keep their content in their own
-- tables, keyed by the journal sequence number.
CREATE TABLE journal (
  seq              BIGINT                   NOT NULL,
  office_code      VARCHAR(8)               NOT NULL,
  kind             VARCHAR(16)              NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  prev_hash        BINARY(32)               NOT NULL,
  hash             BINARY(32)               NOT NULL,
  exchange_id      UUID,
  value_date       DATE,
  override_reason  VARCHAR(500),
  supplier_ids     BIGINT ARRAY[50],
  receiver_ids     BIGINT ARRAY[50],
  amounts          BIGINT ARRAY[50],
  memos            VARCHAR(200) ARRAY[50],
  CONSTRAINT pk_journal PRIMARY KEY (seq),
  CONSTRAINT uq_journal_exchange UNIQUE (exchange_id),
  CONSTRAINT ck_journal_seq CHECK (seq > 0)
);

CREATE TABLE coop_version (
  journal_seq    BIGINT       NOT NULL,
  coop_id        UUID         NOT NULL,
  name           VARCHAR(200) NOT NULL,
  unit_name      VARCHAR(60)  NOT NULL,
  unit_symbol    VARCHAR(8)   NOT NULL,
  unit_decimals  INT          NOT NULL,
  office_code    VARCHAR(8)   NOT NULL,
  office_name    VARCHAR(200) NOT NULL,
  CONSTRAINT pk_coop_version PRIMARY KEY (journal_seq),
  CONSTRAINT fk_coop_version_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT ck_coop_decimals CHECK (unit_decimals BETWEEN 0 AND 4)
);

CREATE TABLE member (
  id            BIGINT       NOT NULL,
  code          VARCHAR(20)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  search_key    VARCHAR(420) NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  credit_limit  BIGINT       NOT NULL,
  joined        DATE         NOT NULL,
  contact       VARCHAR(200),
  balance       BIGINT       NOT NULL,
  CONSTRAINT pk_member PRIMARY KEY (id),
  CONSTRAINT uq_member_code UNIQUE (code),
  CONSTRAINT ck_member_limit CHECK (credit_limit >= 0)
);

CREATE TABLE member_version (
  journal_seq   BIGINT       NOT NULL,
  member_id     BIGINT       NOT NULL,
  code          VARCHAR(20)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  credit_limit  BIGINT       NOT NULL,
  joined        DATE         NOT NULL,
  contact       VARCHAR(200),
  reason        VARCHAR(500),
  CONSTRAINT pk_member_version PRIMARY KEY (journal_seq),
  CONSTRAINT fk_member_version_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT fk_member_version_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_member_version_member ON member_version (member_id, journal_seq);

-- A reversal is an exchange that undoes another, once, for a stated reason. Kept apart so that
-- ordinary exchanges carry no reversal columns or index entries.
CREATE TABLE reversal (
  journal_seq  BIGINT       NOT NULL,
  reverses     UUID         NOT NULL,
  reason       VARCHAR(500) NOT NULL,
  CONSTRAINT pk_reversal PRIMARY KEY (journal_seq),
  CONSTRAINT uq_reversal_reverses UNIQUE (reverses),
  CONSTRAINT fk_reversal_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT fk_reversal_reverses FOREIGN KEY (reverses) REFERENCES journal (exchange_id)
);
