-- Search, SQLite: FTS5 external-content tables over search_text, kept by triggers.
-- The index reads search_text through the content table's rowid; identities etc. have a TEXT
-- primary key, so their rowid is implicit and VACUUM may renumber it: Store::compact()
-- rebuilds these indexes after a VACUUM. Tombstoned rows stay indexed; lists exclude them.

CREATE VIRTUAL TABLE identities_fts USING fts5(search_text, content='identities', content_rowid='rowid', tokenize='unicode61', prefix='2 3');
CREATE TRIGGER identities_fts_ai AFTER INSERT ON identities BEGIN
    INSERT INTO identities_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER identities_fts_ad AFTER DELETE ON identities BEGIN
    INSERT INTO identities_fts (identities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER identities_fts_au AFTER UPDATE OF search_text ON identities BEGIN
    INSERT INTO identities_fts (identities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO identities_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
INSERT INTO identities_fts (identities_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE documents_fts USING fts5(search_text, content='documents', content_rowid='rowid', tokenize='unicode61', prefix='2 3');
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE OF search_text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO documents_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE tickets_fts USING fts5(search_text, content='tickets', content_rowid='rowid', tokenize='unicode61', prefix='2 3');
CREATE TRIGGER tickets_fts_ai AFTER INSERT ON tickets BEGIN
    INSERT INTO tickets_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER tickets_fts_ad AFTER DELETE ON tickets BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER tickets_fts_au AFTER UPDATE OF search_text ON tickets BEGIN
    INSERT INTO tickets_fts (tickets_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO tickets_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild');
