-- How many live identities there are, kept by triggers (SQLite only): the identity list's count
-- is then one row read instead of a walk over a million index entries, the largest part of
-- showing a million-row list (tests/bench/README.md, list). Local, derived data: not synced.
-- Bulk loads drop these triggers with the search ones and count afresh (Store::finishBulkLoad).

CREATE TABLE row_counts (table_name TEXT PRIMARY KEY, live INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO row_counts (table_name, live) SELECT 'identities', count(*) FROM identities WHERE deleted = 0;
CREATE TRIGGER identities_count_ai AFTER INSERT ON identities WHEN new.deleted = 0 BEGIN
    UPDATE row_counts SET live = live + 1 WHERE table_name = 'identities';
END;
CREATE TRIGGER identities_count_ad AFTER DELETE ON identities WHEN old.deleted = 0 BEGIN
    UPDATE row_counts SET live = live - 1 WHERE table_name = 'identities';
END;
CREATE TRIGGER identities_count_au AFTER UPDATE OF deleted ON identities WHEN old.deleted <> new.deleted BEGIN
    UPDATE row_counts SET live = live + (CASE WHEN new.deleted = 0 THEN 1 ELSE -1 END) WHERE table_name = 'identities';
END;
