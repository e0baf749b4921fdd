-- The guarantor system (docs/guarantor-system.md). Like V1, every table here is insert-only and
-- keyed by the journal entry whose content it holds; the current state (who vouches for whom,
-- what each deposit holds, where each claim stands) is rebuilt from these rows in journal order.
-- Members are named by code, as the journal's canonical encoding names them.

CREATE TABLE guarantee_version (
  journal_seq  BIGINT       NOT NULL,
  guarantor    VARCHAR(20)  NOT NULL,
  member       VARCHAR(20)  NOT NULL,
  cap          BIGINT       NOT NULL,
  on_date      DATE         NOT NULL,
  ended        BOOLEAN      NOT NULL,
  reason       VARCHAR(500),
  CONSTRAINT pk_guarantee_version PRIMARY KEY (journal_seq),
  CONSTRAINT fk_guarantee_version_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT fk_guarantee_version_guarantor FOREIGN KEY (guarantor) REFERENCES member (code),
  CONSTRAINT fk_guarantee_version_member FOREIGN KEY (member) REFERENCES member (code),
  CONSTRAINT ck_guarantee_cap CHECK (cap > 0)
);

CREATE INDEX ix_guarantee_version_member ON guarantee_version (member, journal_seq);

CREATE TABLE rules_version (
  journal_seq       BIGINT       NOT NULL,
  min_guarantors    INT          NOT NULL,
  escalation_days   INT          NOT NULL,
  limit_rule        VARCHAR(32)  NOT NULL,
  limit_max         BIGINT       NOT NULL,
  deposit_currency  VARCHAR(3),
  unit_value        BIGINT       NOT NULL,
  decided_by        VARCHAR(200) NOT NULL,
  decided_on        DATE         NOT NULL,
  reason            VARCHAR(500) NOT NULL,
  CONSTRAINT pk_rules_version PRIMARY KEY (journal_seq),
  CONSTRAINT fk_rules_version_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq)
);

-- Deposits are money in their own currency, never barter units: AMOUNT is in the currency's
-- minor units. A DRAW names the claim it settles.
CREATE TABLE deposit_movement (
  journal_seq  BIGINT       NOT NULL,
  member       VARCHAR(20)  NOT NULL,
  action       VARCHAR(8)   NOT NULL,
  amount       BIGINT       NOT NULL,
  currency     VARCHAR(3)   NOT NULL,
  held_at      VARCHAR(200) NOT NULL,
  description  VARCHAR(200),
  on_date      DATE         NOT NULL,
  claim_id     UUID,
  CONSTRAINT pk_deposit_movement PRIMARY KEY (journal_seq),
  CONSTRAINT fk_deposit_movement_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq),
  CONSTRAINT fk_deposit_movement_member FOREIGN KEY (member) REFERENCES member (code),
  CONSTRAINT ck_deposit_amount CHECK (amount > 0)
);

CREATE INDEX ix_deposit_movement_member ON deposit_movement (member, journal_seq);

-- One row per step of a claim: filed, vote, appeal, escalation, meeting decision, settlement.
-- Columns a step does not use are null. PANEL is the panel from this step on, as it was found
-- when the step was recorded (later guarantees do not change who had to decide).
CREATE TABLE claim_event (
  journal_seq   BIGINT       NOT NULL,
  claim_id      UUID         NOT NULL,
  action        VARCHAR(8)   NOT NULL,
  on_date       DATE         NOT NULL,
  by_member     VARCHAR(20),
  claimant      VARCHAR(20),
  respondent    VARCHAR(20),
  exchange_id   UUID,
  leg_index     INT,
  amount        BIGINT,
  text          VARCHAR(500),
  both_sides    BOOLEAN,
  claim_level   INT,
  deadline      DATE,
  panel         VARCHAR(20) ARRAY[1000],
  CONSTRAINT pk_claim_event PRIMARY KEY (journal_seq),
  CONSTRAINT fk_claim_event_journal FOREIGN KEY (journal_seq) REFERENCES journal (seq)
);
CREATE INDEX ix_claim_event_claim ON claim_event (claim_id, journal_seq);
