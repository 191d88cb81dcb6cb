-- Search indexes hold live rows only (SQLite): a search then counts its matches from the
-- index alone and, when it matches many rows, pages straight out of the index in rowid order
-- without looking up each match to test `deleted` (see IdentityRepository::list). A tombstone
-- leaves the index when it is written; restoring a row puts it back. Store::rebuildSearchIndexes
-- rebuilds from live rows the same way after VACUUM and bulk loads.
-- The partial index on tombstones lets "all live identities" be counted as all rows minus
-- tombstones, both read from small indexes instead of the whole table.

CREATE INDEX identities_tombstones ON identities (deleted) WHERE deleted = 1;

DROP TRIGGER identities_fts_ai;
DROP TRIGGER identities_fts_ad;
DROP TRIGGER identities_fts_au;
CREATE TRIGGER identities_fts_ai AFTER INSERT ON identities WHEN new.deleted = 0 BEGIN
    INSERT INTO identities_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER identities_fts_ad AFTER DELETE ON identities WHEN old.deleted = 0 BEGIN
    INSERT INTO identities_fts (identities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER identities_fts_au AFTER UPDATE OF search_text, deleted ON identities BEGIN
    INSERT INTO identities_fts (identities_fts, rowid, search_text) SELECT 'delete', old.rowid, old.search_text WHERE old.deleted = 0;
    INSERT INTO identities_fts (rowid, search_text) SELECT new.rowid, new.search_text WHERE new.deleted = 0;
END;
INSERT INTO identities_fts (identities_fts) VALUES ('delete-all');
INSERT INTO identities_fts (rowid, search_text) SELECT rowid, search_text FROM identities WHERE deleted = 0;

DROP TRIGGER documents_fts_ai;
DROP TRIGGER documents_fts_ad;
DROP TRIGGER documents_fts_au;
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents WHEN new.deleted = 0 BEGIN
    INSERT INTO documents_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents WHEN old.deleted = 0 BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE OF search_text, deleted ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, search_text) SELECT 'delete', old.rowid, old.search_text WHERE old.deleted = 0;
    INSERT INTO documents_fts (rowid, search_text) SELECT new.rowid, new.search_text WHERE new.deleted = 0;
END;
INSERT INTO documents_fts (documents_fts) VALUES ('delete-all');
INSERT INTO documents_fts (rowid, search_text) SELECT rowid, search_text FROM documents WHERE deleted = 0;

DROP TRIGGER tickets_fts_ai;
DROP TRIGGER tickets_fts_ad;
DROP TRIGGER tickets_fts_au;
CREATE TRIGGER tickets_fts_ai AFTER INSERT ON tickets WHEN new.deleted = 0 BEGIN
    INSERT INTO tickets_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER tickets_fts_ad AFTER DELETE ON tickets WHEN old.deleted = 0 BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER tickets_fts_au AFTER UPDATE OF search_text, deleted ON tickets BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, search_text) SELECT 'delete', old.rowid, old.search_text WHERE old.deleted = 0;
    INSERT INTO tickets_fts (rowid, search_text) SELECT new.rowid, new.search_text WHERE new.deleted = 0;
END;
INSERT INTO tickets_fts (tickets_fts) VALUES ('delete-all');
INSERT INTO tickets_fts (rowid, search_text) SELECT rowid, search_text FROM tickets WHERE deleted = 0;
