-- Staff write only what their permission keys let them (issue 12, DESIGN §6). The services check
-- the keys before they change anything; a statement written by hand on the login role goes around
-- the services, so the server says the same thing again for the tables whose every writer is
-- gated by a key. The key sets are the union of the gates of the services that write the table:
--   identities, phones, addresses: IdentityService and its import (identities.edit), the club
--     member services and the bulk wizard (club.*.manage, club.*.create_user), StaffUserService
--     (system.users.manage), the database manager (identities.database.manage);
--   identity_categories: those, and CategoryService (identities.categories.manage);
--   categories: CategoryService (identities.categories.manage, identities.database.manage);
--   users: StaffUserService (system.users.manage) and the club member services and wizard;
--   point_rules, point_transactions: points.manage;
--   products, price_lists, price_list_rules: ProductService (finance.manager, sales.manager).
-- The import mappings in settings follow the import's own keys.
-- system.admin and the admin group hold every key (vafa_may). Tables every clerk writes in the
-- course of their work (documents, receipts, tickets, the audit log…) keep the staff policies of
-- 0009, and their privileged transitions the triggers there.

-- A staff user holds at least one of `p_keys` (vafa_may, for a set).
CREATE FUNCTION vafa_may_any(p_keys text[]) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM unnest(p_keys) k WHERE vafa_may(k));
END;
$$;

DO $$
DECLARE
    identity_keys text[] := ARRAY['identities.edit', 'club.customers.manage', 'club.agents.manage',
        'club.customers.create_user', 'club.agents.create_user', 'system.users.manage',
        'identities.database.manage'];
    category_keys text[] := ARRAY['identities.categories.manage', 'identities.database.manage'];
    user_keys text[] := ARRAY['system.users.manage', 'club.customers.manage', 'club.agents.manage',
        'club.customers.create_user', 'club.agents.create_user'];
    product_keys text[] := ARRAY['finance.manager', 'sales.manager'];
    gate record;
BEGIN
    FOR gate IN SELECT * FROM (VALUES ('identities', identity_keys), ('phones', identity_keys),
                                      ('addresses', identity_keys),
                                      ('identity_categories', identity_keys || category_keys),
                                      ('categories', category_keys), ('users', user_keys),
                                      ('point_rules', ARRAY['points.manage']),
                                      ('point_transactions', ARRAY['points.manage']),
                                      ('products', product_keys), ('price_lists', product_keys),
                                      ('price_list_rules', product_keys)) g (tbl, keys)
    LOOP
        -- restrictive: on top of the staff and club policies; a club user is not staff and is
        -- held by the club policies alone
        EXECUTE format('CREATE POLICY staff_keys_insert ON %I AS RESTRICTIVE FOR INSERT '
                       'WITH CHECK (NOT (SELECT vafa_is_staff()) OR (SELECT vafa_may_any(%L)))', gate.tbl, gate.keys);
        EXECUTE format('CREATE POLICY staff_keys_update ON %I AS RESTRICTIVE FOR UPDATE '
                       'USING (NOT (SELECT vafa_is_staff()) OR (SELECT vafa_may_any(%L)))', gate.tbl, gate.keys);
    END LOOP;
    -- The column mappings an import keeps for next time (TabularImport::saveMapping) are company
    -- settings written by whoever may run that import, not only by those who configure the company.
    FOR gate IN SELECT * FROM (VALUES ('identities.import.mappings', identity_keys),
                                      ('club.import.mappings', user_keys)) g (setting, keys)
    LOOP
        EXECUTE format('CREATE POLICY %I ON settings FOR INSERT WITH CHECK (key = %L AND (SELECT vafa_may_any(%L)))',
                       'import_mappings_insert:' || gate.setting, gate.setting, gate.keys);
        EXECUTE format('CREATE POLICY %I ON settings FOR UPDATE USING (key = %L AND (SELECT vafa_may_any(%L)))',
                       'import_mappings_update:' || gate.setting, gate.setting, gate.keys);
    END LOOP;
END;
$$;

-- A licence installed from a workstation is checked by the worker at once, not at its next daily
-- round: the worker verifies the signature (the server cannot) and records the seats the
-- account trigger enforces (server.licence.seats). One job per installing transaction.
CREATE FUNCTION vafa_licence_installed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO jobs (id, kind, idempotency_key)
    VALUES (gen_random_uuid(), 'licence_check', 'licence_check:installed:' || txid_current())
    ON CONFLICT (idempotency_key) DO NOTHING;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION vafa_licence_installed() FROM PUBLIC;
CREATE TRIGGER settings_licence_installed AFTER INSERT OR UPDATE ON settings
    FOR EACH ROW WHEN (NEW.key = 'club.licence') EXECUTE FUNCTION vafa_licence_installed();
