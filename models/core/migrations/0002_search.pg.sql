-- Search, PostgreSQL: trigram GIN indexes on search_text serve LIKE '%…%' at any size.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
-- The same version also keeps server_version current on update: every replicated table
-- records the transaction that last wrote each row (the sync cursor reads it).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX identities_search_trgm ON identities USING gin (search_text gin_trgm_ops);
CREATE INDEX documents_search_trgm ON documents USING gin (search_text gin_trgm_ops);
CREATE INDEX tickets_search_trgm ON tickets USING gin (search_text gin_trgm_ops);

CREATE FUNCTION vafa_touch_server_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.server_version := pg_current_xact_id();
    RETURN NEW;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             WHERE c.table_schema = current_schema() AND c.column_name = 'server_version'
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION vafa_touch_server_version()',
                       t || '_server_version', t);
    END LOOP;
END;
$$;
