-- The first ledger schema. Every posted entry is appended to JOURNAL, hash-chained, and
-- described by rows that are only ever inserted: COOP_VERSION, MEMBER_VERSION, EXCHANGE, LEG.
-- MEMBER is the current-state projection of a member (and their running balance), kept so that
-- showing a balance never scans history; VERIFY checks it against the entries.

CREATE TABLE journal (
  seq          BIGINT                   NOT NULL,
  office_code  VARCHAR(8)               NOT NULL,
  kind         VARCHAR(16)              NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  prev_hash    BINARY(32)               NOT NULL,
  hash         BINARY(32)               NOT NULL,
  CONSTRAINT pk_journal PRIMARY KEY (seq),
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

CREATE TABLE exchange (
  id               UUID         NOT NULL,
  journal_seq      BIGINT       NOT NULL,
  value_date       DATE         NOT NULL,
  reverses         UUID,
  reason           VARCHAR(500),
  override_reason  VARCHAR(500),
  CONSTRAINT pk_exchange PRIMARY KEY (id),
  CONSTRAINT uq_exchange_journal UNIQUE (journal_seq),
  CONSTRAINT uq_exchange_reverses UNIQUE (reverses),
  CONSTRAINT fk_exchange_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT fk_exchange_reverses FOREIGN KEY (reverses) REFERENCES exchange (id)
);
CREATE INDEX ix_exchange_value_date ON exchange (value_date);

-- A leg is one balanced pair of postings: the supplier is credited AMOUNT and the receiver
-- debited AMOUNT, so every leg (and so every exchange) balances by construction.
CREATE TABLE leg (
  exchange_id  UUID         NOT NULL,
  leg_no       INT          NOT NULL,
  supplier_id  BIGINT       NOT NULL,
  receiver_id  BIGINT       NOT NULL,
  amount       BIGINT       NOT NULL,
  memo         VARCHAR(200) NOT NULL,
  CONSTRAINT pk_leg PRIMARY KEY (exchange_id, leg_no),
  CONSTRAINT fk_leg_exchange FOREIGN KEY (exchange_id) REFERENCES exchange (id),
  CONSTRAINT fk_leg_supplier FOREIGN KEY (supplier_id) REFERENCES member (id),
  CONSTRAINT fk_leg_receiver FOREIGN KEY (receiver_id) REFERENCES member (id),
  CONSTRAINT ck_leg_amount CHECK (amount > 0),
  CONSTRAINT ck_leg_parties CHECK (supplier_id <> receiver_id)
);
CREATE INDEX ix_leg_supplier ON leg (supplier_id);
CREATE INDEX ix_leg_receiver ON leg (receiver_id);
