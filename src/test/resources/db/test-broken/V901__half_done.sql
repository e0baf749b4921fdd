-- Fails half-way: H2 commits each DDL statement, so the first table stays unless the ledger is put back.
CREATE TABLE half_done (id INT PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
