-- A harmless later migration, so the upgrade path runs even while the program has one schema version.
CREATE TABLE upgrade_probe (id INT PRIMARY KEY);
