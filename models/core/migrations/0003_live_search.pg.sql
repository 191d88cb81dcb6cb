-- PostgreSQL's trigram indexes already serve searches; only the tombstone index is shared with
-- SQLite (see 0003_live_search.sqlite.sql): "all live identities" = all rows minus tombstones.

CREATE INDEX identities_tombstones ON identities (deleted) WHERE deleted;
