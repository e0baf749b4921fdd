-- Where this office keeps its keystore, as `office ca-init` (founding office) or `join` (another
-- office) named it, so later commands and the window find it without being told (decision 0040).
-- Local to this ledger: not an entry of the books and never in a sync file. Insert-only: the
-- latest row counts.
CREATE TABLE office_keystore (
  id        BIGINT AUTO_INCREMENT    NOT NULL,
  path      VARCHAR(4096)            NOT NULL,
  named_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_office_keystore PRIMARY KEY (id)
);
