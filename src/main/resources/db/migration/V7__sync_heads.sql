-- Signed heads and office certificates that travel in sync files (docs/sync-format.md, version 2;
-- docs/decisions/0029). Each office signs the head of its own chain when it exports; an office
-- keeps the heads it received, for entries it holds, so it can pass those entries on with their
-- origin office's signature, and the certificates to check them with. Insert-only.
CREATE TABLE sync_head (
  office_code  VARCHAR(8)               NOT NULL,
  office_seq   BIGINT                   NOT NULL,
  head_hash    BINARY(32)               NOT NULL,
  signed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  certificate  BINARY(32)               NOT NULL,
  signature    VARBINARY(1024)          NOT NULL,
  CONSTRAINT pk_sync_head PRIMARY KEY (office_code, office_seq),
  CONSTRAINT ck_sync_head_seq CHECK (office_seq > 0)
);

-- Certificates of the co-op's offices as sync files carried them, each checked against the
-- co-op CA before it was kept; named by the SHA-256 of their DER bytes.
CREATE TABLE office_certificate (
  fingerprint  BINARY(32)               NOT NULL,
  office_code  VARCHAR(8)               NOT NULL,
  der          VARBINARY(16384)         NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_office_certificate PRIMARY KEY (fingerprint)
);
