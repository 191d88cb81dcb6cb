-- The central server enforces who may see and do what (DESIGN §6). PostgreSQL only: a SQLite
-- file is one person's, and the app's own services guard it.
--
-- Who acts: every transaction of a workstation hands the server its session token
-- (set_config('vafa.token', …, true), models/core/Store). The functions below resolve it to a
-- user once per statement (STABLE, and written as `(select f())` in policies so that they run
-- as an initPlan, sync-anchors §A.5). They are SECURITY DEFINER, owned by the database's owner
-- role, which owns the tables and so is not bound by their policies: that is how they read
-- sessions and users that the caller cannot. The login role workstations connect as owns
-- nothing; `vafa server init` grants it table rights, and every table has row-level security,
-- so without a valid token it reads and changes nothing.
--
-- The club rules are the ones PermissionEngine and ClubVisibilityRepository implement;
-- tests/pg/tst_server_parity checks that the two agree on every (user, record) pair.

CREATE EXTENSION IF NOT EXISTS plpython3u;

-- Signed-in sessions. Only a hash of the token is kept: whoever reads this table cannot act
-- as anyone. Server-only (a workstation's file has no sessions).
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    token_hash bytea NOT NULL UNIQUE,
    host TEXT NOT NULL DEFAULT '',
    started_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    idle_minutes INTEGER NOT NULL,
    ended_at timestamptz,
    ended_by uuid,
    end_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_open_by_user ON sessions (user_id) WHERE ended_at IS NULL;

-- Indexes on what the policies filter by (sync-anchors §A.5); 0001 has the agent, sales
-- responsible and cartable assignee ones.
CREATE INDEX identities_by_support_responsible ON identities (support_responsible_id);
CREATE INDEX identities_by_misc_responsible ON identities (misc_responsible_id);
CREATE INDEX receipts_by_entered_by ON receipts (entered_by);
-- A list's first paint waits for its count (PagedListModel). Under the policies (staff or club,
-- OR-ed per row) a count over a million identities reads the whole table; over these narrow
-- partial indexes, which hold every column the policy reads, it is a (parallel) index-only scan.
-- SQLite keeps row_counts instead, which a shared server cannot.
CREATE INDEX identities_live ON identities (deleted, id) WHERE NOT deleted;
CREATE INDEX documents_live ON documents (deleted, id) WHERE NOT deleted;
CREATE INDEX documents_by_created_by ON documents (created_by);
CREATE INDEX tickets_by_created_by ON tickets (created_by);
CREATE INDEX items_by_created_by ON items (created_by);

-- argon2id verification inside the server (python3-argon2, Debian-packaged): the same strings
-- libsodium writes in the standalone store. Nobody but the owner role may call it.
CREATE FUNCTION vafa_argon2_verify(p_hash text, p_password text) RETURNS boolean
LANGUAGE plpython3u STRICT AS $$
import argon2
try:
    return argon2.PasswordHasher().verify(p_hash, p_password)
except Exception:
    return False
$$;

-- A hash for a new password, at libsodium's interactive strength (PasswordHasher::Interactive:
-- 2 passes over 64 MiB), so that the app's own verification reads it too.
CREATE FUNCTION vafa_argon2_hash(p_password text) RETURNS text
LANGUAGE plpython3u STRICT AS $$
import argon2
return argon2.PasswordHasher(time_cost=2, memory_cost=65536, parallelism=1, hash_len=32, salt_len=16,
                             type=argon2.Type.ID).hash(p_password)
$$;
REVOKE ALL ON FUNCTION vafa_argon2_verify(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION vafa_argon2_hash(text) FROM PUBLIC;

-- The functions below are PL/pgSQL, not SQL: a SQL function that is not inlined (none of these
-- can be: SECURITY DEFINER) is planned again at every call, a PL/pgSQL one once per server
-- connection; and a value held in a variable lets the planner use the indexes a sub-select in
-- FROM would hide (it is pulled up and run once per row). Those that only read are PARALLEL
-- SAFE, so that a policy does not keep a large count from running in parallel.

-- A setting's value (JSON text) as the app reads it, with a default.
CREATE FUNCTION vafa_setting_int(p_key text, p_default int) RETURNS int
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT CASE WHEN value ~ '^-?[0-9]+$' THEN value::int END FROM settings
                     WHERE key = p_key AND NOT deleted), p_default);
END;
$$;
CREATE FUNCTION vafa_setting_bool(p_key text, p_default boolean) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT value IN ('true', '1') FROM settings WHERE key = p_key AND NOT deleted), p_default);
END;
$$;

-- The password rules of PasswordPolicy::check (models/auth/PasswordPolicy.cpp), for a password
-- chosen through the sign-in function: the length and, when asked, an upper-case letter, a
-- lower-case letter and a digit. tst_server_security compares the two over sample passwords.
CREATE FUNCTION vafa_password_acceptable(p_password text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN char_length(p_password) >= greatest(1, vafa_setting_int('security.password.min_length', 8))
       AND (NOT vafa_setting_bool('security.password.complexity', true)
            -- Qt counts every decimal digit (Persian ۰–۹ and Arabic-Indic ٠–٩ too); libc's class is ASCII only
            OR (p_password ~ '[[:upper:]]' AND p_password ~ '[[:lower:]]' AND p_password ~ '[[:digit:]۰-۹٠-٩]'));
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Who acts
-- ---------------------------------------------------------------------------------------------

-- The user of the transaction's token: a live, approved, active, unsuspended, unlocked account
-- whose session has neither ended, expired nor idled out. NULL for everyone else.
CREATE FUNCTION vafa_session_user_id() RETURNS uuid
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    token text := nullif(current_setting('vafa.token', true), '');
BEGIN
    IF token IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT s.user_id
            FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = sha256(convert_to(token, 'UTF8'))
              AND s.ended_at IS NULL AND s.expires_at > now()
              AND s.last_seen_at > now() - make_interval(mins => s.idle_minutes)
              AND NOT u.deleted AND u.active AND NOT u.suspended AND NOT u.locked
              AND u.registration_status = 'approved');
END;
$$;

CREATE FUNCTION vafa_is_staff() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT kind = 'staff' FROM users WHERE id = vafa_session_user_id()), false);
END;
$$;

-- A staff user holds `p_key`: their own grant, a group's, system.admin, or membership of the
-- admin group (Actor::may, models/core/Actor.h).
CREATE FUNCTION vafa_may(p_key text) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me uuid := (SELECT u.id FROM users u WHERE u.id = vafa_session_user_id() AND u.kind = 'staff');
BEGIN
    IF me IS NULL THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM permissions p WHERE NOT p.deleted AND p.user_id = me
                   AND p.permission IN (p_key, 'system.admin'))
        OR EXISTS (SELECT 1 FROM permissions p
                   JOIN user_group_members m ON m.group_id = p.group_id AND NOT m.deleted AND m.user_id = me
                   WHERE NOT p.deleted AND p.permission IN (p_key, 'system.admin'))
        OR EXISTS (SELECT 1 FROM user_group_members m JOIN user_groups g ON g.id = m.group_id
                   WHERE m.user_id = me AND NOT m.deleted AND NOT g.deleted AND lower(g.name) = 'admin');
END;
$$;

-- The club user acting, resolved once per call: one who may use the club now (rule 3, the
-- module switch of rule 1) and acts for a live identity; their kind is 'customer' or 'agent'
-- (suppliers use the customer club). All NULL for staff and for everyone who may not (fail
-- closed). The functions below read their one field of it, so that a policy's initPlans each
-- resolve the session once.
CREATE FUNCTION vafa_club_principal(OUT user_id uuid, OUT kind text, OUT identity_id uuid)
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    SELECT u.id, CASE WHEN u.kind = 'agent' THEN 'agent' ELSE 'customer' END, u.identity_id
    INTO user_id, kind, identity_id
    FROM users u JOIN identities i ON i.id = u.identity_id AND NOT i.deleted
    WHERE u.id = vafa_session_user_id() AND u.kind IN ('customer', 'agent', 'supplier');
    IF kind IS NULL OR NOT vafa_setting_bool(CASE WHEN kind = 'agent' THEN 'club.agents.enabled'
                                                  ELSE 'club.customers.enabled' END, false) THEN
        user_id := NULL;
        kind := NULL;
        identity_id := NULL;
    END IF;
END;
$$;

CREATE FUNCTION vafa_club_kind() RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (vafa_club_principal()).kind;
END;
$$;

CREATE FUNCTION vafa_club_user_id() RETURNS uuid
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (vafa_club_principal()).user_id;
END;
$$;

CREATE FUNCTION vafa_club_identity_id() RETURNS uuid
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (vafa_club_principal()).identity_id;
END;
$$;

-- The agent acting, for rule 29 (an agent lists what they created); NULL for everyone else.
CREATE FUNCTION vafa_club_agent_id() RETURNS uuid
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me record := vafa_club_principal();
BEGIN
    RETURN CASE WHEN me.kind = 'agent' THEN me.user_id END;
END;
$$;

-- The identities the club user acts for: their own and, for agents, every live identity they
-- created or are responsible for (rule 28). Empty for everyone else.
CREATE FUNCTION vafa_club_scope() RETURNS uuid[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me record := vafa_club_principal();
BEGIN
    IF me.identity_id IS NULL THEN
        RETURN '{}';
    END IF;
    IF me.kind <> 'agent' THEN
        RETURN ARRAY[me.identity_id];
    END IF;
    RETURN ARRAY(SELECT me.identity_id UNION
                 SELECT i.id FROM identities i
                 WHERE NOT i.deleted AND (i.created_by_agent_id = me.user_id OR i.sales_responsible_id = me.user_id
                                          OR i.support_responsible_id = me.user_id OR i.misc_responsible_id = me.user_id));
END;
$$;

-- Live item types: every typed record a club user sees must be of one (PermissionEngine
-- context holds only these).
CREATE FUNCTION vafa_live_item_types() RETURNS uuid[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN ARRAY(SELECT id FROM item_types WHERE NOT deleted);
END;
$$;

-- Live item types whose view flag is on for the club user's kind.
CREATE FUNCTION vafa_club_viewable_types() RETURNS uuid[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    k text := vafa_club_kind();
BEGIN
    RETURN ARRAY(SELECT t.id FROM item_types t
                 WHERE NOT t.deleted AND ((k = 'customer' AND t.customer_can_view) OR (k = 'agent' AND t.agent_can_view)));
END;
$$;

-- Live item types the club user may create (rule 19: the create flag of their kind, an active type).
CREATE FUNCTION vafa_club_creatable_types() RETURNS uuid[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    k text := vafa_club_kind();
BEGIN
    RETURN ARRAY(SELECT t.id FROM item_types t
                 WHERE NOT t.deleted AND t.active
                   AND ((k = 'customer' AND t.customer_can_create) OR (k = 'agent' AND t.agent_can_create)));
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Sign-in, sign-out, sessions (DESIGN §6; the standalone twin is models/auth/SignIn.cpp)
-- ---------------------------------------------------------------------------------------------

-- One verification whatever the account's state, so the time of an answer tells nothing.
CREATE FUNCTION vafa_dummy_hash() RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT '$argon2id$v=19$m=65536,t=2,p=1$dmFmYS1kdW1teS1zYWx0$0nTqR4GVn0c8OQJ7S8W6P6b4b0X9o0m1v7m8x4mL0hE'::text
$$;

CREATE FUNCTION vafa_record_sign_in(p_user uuid, p_success boolean, p_reason text, p_host text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO sign_in_history (id, user_id, at, success, reason, host, updated_at)
    VALUES (gen_random_uuid(), p_user, now(), p_success, p_reason, coalesce(p_host, ''), now())
$$;

-- Signs in (and, with p_new_password, replaces the password on the way in). The checks and
-- their order are SignInService::attempt's: a locked account is refused whatever the password;
-- approval, activation, suspension and the module switch are told only to someone who knows
-- the password; a must-change or expired password is not signed in until it is replaced.
CREATE FUNCTION vafa_sign_in(p_username text, p_password text, p_host text DEFAULT '',
                             p_new_password text DEFAULT NULL)
RETURNS TABLE (token text, failure text, attempts_left int, session_minutes int, user_id uuid)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
    right_password boolean;
    max_attempts int := greatest(0, vafa_setting_int('security.max_failed_attempts', 5));
    lockout int := least(1440, greatest(1, vafa_setting_int('security.lockout_minutes', 15)));
    idle int := least(10080, greatest(5, vafa_setting_int('security.session_minutes', 30)));
    expiry_days int := greatest(0, vafa_setting_int('security.password.expiry_days', 0));
    state text := '';
    fresh text;
BEGIN
    SELECT * INTO u FROM users x WHERE x.username = p_username AND NOT x.deleted FOR UPDATE;
    right_password := vafa_argon2_verify(coalesce(nullif(u.password_hash, ''), vafa_dummy_hash()), p_password)
                      AND u.id IS NOT NULL AND u.password_hash <> '';
    IF u.id IS NULL THEN
        RETURN QUERY SELECT NULL::text, 'wrong_password'::text, -1, 0, NULL::uuid;
        RETURN;
    END IF;
    IF u.locked AND u.locked_at IS NOT NULL AND u.locked_at + make_interval(mins => lockout) <= now() THEN
        UPDATE users SET locked = false, locked_at = NULL, failed_attempts = 0, updated_at = now() WHERE id = u.id;
        u.locked := false;
        u.failed_attempts := 0;
    END IF;
    IF u.locked THEN
        PERFORM vafa_record_sign_in(u.id, false, 'locked', p_host);
        RETURN QUERY SELECT NULL::text, 'locked'::text, -1, 0, NULL::uuid;
        RETURN;
    END IF;
    IF NOT right_password THEN
        u.failed_attempts := u.failed_attempts + 1;
        IF max_attempts > 0 AND u.failed_attempts >= max_attempts THEN
            UPDATE users SET failed_attempts = u.failed_attempts, locked = true, locked_at = now(), updated_at = now()
            WHERE id = u.id;
            PERFORM vafa_record_sign_in(u.id, false, 'locked', p_host);
            RETURN QUERY SELECT NULL::text, 'locked'::text, -1, 0, NULL::uuid;
        ELSE
            UPDATE users SET failed_attempts = u.failed_attempts, updated_at = now() WHERE id = u.id;
            PERFORM vafa_record_sign_in(u.id, false, 'wrong_password', p_host);
            RETURN QUERY SELECT NULL::text, 'wrong_password'::text,
                CASE WHEN max_attempts > 0 THEN max_attempts - u.failed_attempts ELSE -1 END, 0, NULL::uuid;
        END IF;
        RETURN;
    END IF;

    IF u.registration_status = 'pending' THEN state := 'not_approved';
    ELSIF u.registration_status = 'rejected' THEN state := 'rejected';
    ELSIF NOT u.active THEN state := 'inactive';
    ELSIF u.suspended THEN state := 'suspended';
    ELSIF u.kind <> 'staff' AND NOT vafa_setting_bool(
            CASE WHEN u.kind = 'agent' THEN 'club.agents.enabled' ELSE 'club.customers.enabled' END, false) THEN
        state := 'club_closed';
    ELSIF p_new_password IS NOT NULL THEN
        IF p_new_password = p_password OR NOT vafa_password_acceptable(p_new_password) THEN
            state := 'new_password_rejected';
        END IF;
    ELSIF u.must_change_password THEN state := 'must_change_password';
    ELSIF expiry_days > 0 AND coalesce(u.password_changed_at, u.created_at) + make_interval(days => expiry_days) <= now() THEN
        state := 'password_expired';
    END IF;

    IF state <> '' THEN
        PERFORM vafa_record_sign_in(u.id, false, state, p_host);
        RETURN QUERY SELECT NULL::text, state, -1, 0, NULL::uuid;
        RETURN;
    END IF;

    IF p_new_password IS NOT NULL THEN
        fresh := vafa_argon2_hash(p_new_password);
        UPDATE users SET password_hash = fresh, must_change_password = false, password_changed_at = now(),
                         updated_at = now() WHERE id = u.id;
    END IF;
    UPDATE users SET failed_attempts = 0, last_sign_in_at = now(), updated_at = now() WHERE id = u.id;
    PERFORM vafa_record_sign_in(u.id, true, '', p_host);
    -- 32 random bytes (gen_random_bytes needs pgcrypto; two v4 UUIDs carry 244 random bits)
    token := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
    INSERT INTO sessions (id, user_id, token_hash, host, expires_at, idle_minutes)
    VALUES (gen_random_uuid(), u.id, sha256(convert_to(token, 'UTF8')), coalesce(p_host, ''),
            now() + interval '7 days', idle);
    RETURN QUERY SELECT token, ''::text, -1, idle, u.id;
END;
$$;

-- Keeps the transaction's session alive (the idle limit counts from the last touch). Called by
-- the app at most once a minute; a cheap no-op without a valid session.
CREATE FUNCTION vafa_touch_session() RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE sessions SET last_seen_at = now()
    WHERE token_hash = sha256(convert_to(nullif(current_setting('vafa.token', true), ''), 'UTF8'))
      AND user_id = vafa_session_user_id()
    RETURNING true
$$;

CREATE FUNCTION vafa_sign_out() RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE sessions SET ended_at = now(), ended_by = user_id, end_reason = 'signed_out'
    WHERE token_hash = sha256(convert_to(nullif(current_setting('vafa.token', true), ''), 'UTF8'))
      AND ended_at IS NULL
    RETURNING true
$$;

-- Who is signed in, for an administrator (system.admin or system.users.manage). Empty for
-- everyone else.
CREATE FUNCTION vafa_open_sessions()
RETURNS TABLE (id uuid, user_id uuid, username text, kind text, host text, started_at timestamptz,
               last_seen_at timestamptz, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.id, s.user_id, u.username, u.kind, s.host, s.started_at, s.last_seen_at, s.expires_at
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.ended_at IS NULL AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => s.idle_minutes)
      AND (vafa_may('system.users.manage') OR vafa_may('system.admin'))
    ORDER BY s.last_seen_at DESC
$$;

CREATE FUNCTION vafa_end_session(p_session uuid) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE sessions SET ended_at = now(), ended_by = vafa_session_user_id(), end_reason = 'ended_by_admin'
    WHERE id = p_session AND ended_at IS NULL
      AND (vafa_may('system.users.manage') OR vafa_may('system.admin'))
    RETURNING true
$$;

-- For the worker: ends every session past its expiry or idle limit; returns how many.
CREATE FUNCTION vafa_expire_sessions() RETURNS int
LANGUAGE sql VOLATILE AS $$
    WITH ended AS (
        UPDATE sessions SET ended_at = now(),
               end_reason = CASE WHEN expires_at <= now() THEN 'expired' ELSE 'idle' END
        WHERE ended_at IS NULL
          AND (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => idle_minutes))
        RETURNING 1)
    SELECT count(*)::int FROM ended
$$;

-- The schema version, for a workstation opening the database before anyone has signed in.
CREATE FUNCTION vafa_schema_version() RETURNS int
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(max(version), 0) FROM schema_migrations
$$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security on every table
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'r'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    END LOOP;
END;
$$;

-- Staff read the back office; club users what the rules give them. Tables listed here get a
-- "staff read" policy; the club's own policies follow.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['company', 'settings', 'categories', 'numbering_patterns', 'identity_subtypes',
        'customer_classes', 'identities', 'identity_categories', 'phones', 'addresses', 'users', 'user_groups',
        'user_group_members', 'permissions', 'sign_in_history', 'item_types', 'custom_fields',
        'custom_field_values', 'items', 'products', 'price_lists', 'price_list_rules', 'documents',
        'document_lines', 'financial_accounts', 'receipts', 'point_rules', 'point_transactions', 'tickets',
        'ticket_messages', 'workflows', 'workflow_states', 'workflow_actions', 'workflow_instances',
        'cartable_entries', 'activities', 'comments', 'mentions', 'follow_ups', 'attachments',
        'dashboard_blocks', 'audit_log']
    LOOP
        EXECUTE format('CREATE POLICY staff_read ON %I FOR SELECT USING ((SELECT vafa_is_staff()))', t);
    END LOOP;
END;
$$;

-- Staff write the back office. The services decide what a person may do (their permission keys,
-- DESIGN §3); the server adds what must hold whoever writes: the privileged transitions below,
-- and the administrative tables, whose writes need an administrator's key.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['categories', 'identities', 'identity_categories', 'phones', 'addresses', 'users',
        'sign_in_history', 'custom_field_values', 'items', 'products', 'price_lists', 'price_list_rules',
        'documents', 'document_lines', 'receipts', 'point_rules', 'point_transactions', 'tickets',
        'ticket_messages', 'workflows', 'workflow_states', 'workflow_actions', 'workflow_instances',
        'cartable_entries', 'activities', 'comments', 'mentions', 'follow_ups', 'attachments',
        'dashboard_blocks', 'audit_log', 'numbering_patterns', 'customer_classes']
    LOOP
        EXECUTE format('CREATE POLICY staff_insert ON %I FOR INSERT WITH CHECK ((SELECT vafa_is_staff()))', t);
        EXECUTE format('CREATE POLICY staff_update ON %I FOR UPDATE USING ((SELECT vafa_is_staff())) '
                       'WITH CHECK ((SELECT vafa_is_staff()))', t);
    END LOOP;
END;
$$;

-- Administrative tables: who may act and how the company is set up.
CREATE FUNCTION vafa_may_administer() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT vafa_may('system.admin') OR vafa_may('system.users.manage') OR vafa_may('permission.grant')
        OR vafa_may('permission.revoke') OR vafa_may('group.create') OR vafa_may('group.member.add')
        OR vafa_may('group.member.remove')
$$;
CREATE FUNCTION vafa_may_configure() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT vafa_may('system.admin') OR vafa_may('club.settings') OR vafa_may('company.update')
        OR vafa_may('finance.manager') OR vafa_may('finance.accounts.manage')
        OR vafa_may('identities.database.manage') OR vafa_may('club.licence')
$$;
DO $$
DECLARE
    t text;
    f text;
BEGIN
    FOR t, f IN SELECT * FROM (VALUES ('user_groups', 'vafa_may_administer'), ('user_group_members', 'vafa_may_administer'),
                                      ('permissions', 'vafa_may_administer'), ('company', 'vafa_may_configure'),
                                      ('settings', 'vafa_may_configure'), ('item_types', 'vafa_may_configure'),
                                      ('custom_fields', 'vafa_may_configure'), ('identity_subtypes', 'vafa_may_configure'),
                                      ('financial_accounts', 'vafa_may_configure')) x
    LOOP
        EXECUTE format('CREATE POLICY staff_admin_insert ON %I FOR INSERT WITH CHECK ((SELECT %I()))', t, f);
        EXECUTE format('CREATE POLICY staff_admin_update ON %I FOR UPDATE USING ((SELECT %I())) WITH CHECK ((SELECT %I()))',
                       t, f, f);
    END LOOP;
END;
$$;
-- The server's own settings (the licence seats it enforces) are written by the owner only.
CREATE POLICY server_settings_guard ON settings AS RESTRICTIVE FOR INSERT WITH CHECK (key NOT LIKE 'server.%');
CREATE POLICY server_settings_guard_update ON settings AS RESTRICTIVE FOR UPDATE USING (key NOT LIKE 'server.%');

-- What every signed-in club user reads: the company, the club's configuration, the types and
-- their fields, the active accounts they pay into, the visible products.
CREATE POLICY club_read ON company FOR SELECT USING ((SELECT vafa_club_kind()) IS NOT NULL);
CREATE POLICY club_read ON settings FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted AND key NOT LIKE 'security.%');
CREATE POLICY club_read ON item_types FOR SELECT USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted);
CREATE POLICY club_read ON custom_fields FOR SELECT USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted);
CREATE POLICY club_read ON identity_subtypes FOR SELECT USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted);
CREATE POLICY club_read ON categories FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted AND NOT is_private);
CREATE POLICY club_read ON customer_classes FOR SELECT USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted);
CREATE POLICY club_read ON financial_accounts FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted AND active);
CREATE POLICY club_read ON products FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted AND active AND club_visible);
-- Their own account (the password hash is not among the columns the login role may read).
CREATE POLICY club_read ON users FOR SELECT USING (id = (SELECT vafa_club_user_id()));

-- The club lists (rules 21–29), as PermissionEngine::canView has them. A typed record (document,
-- receipt, ticket, item) is of a live type, and either an agent's own (rule 29) or of a type
-- the user's kind may view, for an identity they act for. Written out in each policy rather than
-- in a function: a function whose arguments hold sub-selects is not inlined, and a call per row
-- costs more than the rest of the policy.
CREATE POLICY club_read ON identities FOR SELECT
    USING (NOT deleted AND id = ANY ((SELECT vafa_club_scope())::uuid[]));
CREATE POLICY club_read ON documents FOR SELECT
    USING (NOT deleted AND item_type_id = ANY ((SELECT vafa_live_item_types())::uuid[])
           AND (created_by = (SELECT vafa_club_agent_id())
                OR (item_type_id = ANY ((SELECT vafa_club_viewable_types())::uuid[])
                    AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[]))));
CREATE POLICY club_read ON receipts FOR SELECT
    USING (NOT deleted AND item_type_id = ANY ((SELECT vafa_live_item_types())::uuid[])
           AND (entered_by = (SELECT vafa_club_agent_id())
                OR (item_type_id = ANY ((SELECT vafa_club_viewable_types())::uuid[])
                    AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[]))));
CREATE POLICY club_read ON tickets FOR SELECT
    USING (NOT deleted AND item_type_id = ANY ((SELECT vafa_live_item_types())::uuid[])
           AND (created_by = (SELECT vafa_club_agent_id())
                OR (item_type_id = ANY ((SELECT vafa_club_viewable_types())::uuid[])
                    AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[]))));
CREATE POLICY club_read ON items FOR SELECT
    USING (NOT deleted AND item_type_id = ANY ((SELECT vafa_live_item_types())::uuid[])
           AND (created_by = (SELECT vafa_club_agent_id())
                OR (item_type_id = ANY ((SELECT vafa_club_viewable_types())::uuid[])
                    AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[]))));
CREATE POLICY club_read ON cartable_entries FOR SELECT
    USING (NOT deleted AND ended_at IS NULL
           AND (assignee_user_id = (SELECT vafa_club_user_id()) OR assignee_identity_id = (SELECT vafa_club_identity_id())));
CREATE POLICY club_read ON point_transactions FOR SELECT
    USING (NOT deleted AND identity_id = (SELECT vafa_club_identity_id()));
-- Rows that belong to a record: visible with it (the parent's policy applies inside EXISTS).
CREATE POLICY club_read ON document_lines FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id));
CREATE POLICY club_read ON ticket_messages FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
CREATE POLICY club_read ON phones FOR SELECT
    USING (NOT deleted AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[]));
CREATE POLICY club_read ON addresses FOR SELECT
    USING (NOT deleted AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[]));
CREATE POLICY club_read ON identity_categories FOR SELECT
    USING (NOT deleted AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[]));
CREATE POLICY club_read ON custom_field_values FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted
           AND (EXISTS (SELECT 1 FROM items x WHERE x.id = owner_id) OR EXISTS (SELECT 1 FROM documents x WHERE x.id = owner_id)
                OR EXISTS (SELECT 1 FROM tickets x WHERE x.id = owner_id)
                OR EXISTS (SELECT 1 FROM identities x WHERE x.id = owner_id)));
CREATE POLICY club_read ON attachments FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted
           AND (EXISTS (SELECT 1 FROM items x WHERE x.id = subject_id) OR EXISTS (SELECT 1 FROM documents x WHERE x.id = subject_id)
                OR EXISTS (SELECT 1 FROM tickets x WHERE x.id = subject_id)
                OR EXISTS (SELECT 1 FROM receipts x WHERE x.id = subject_id)
                OR EXISTS (SELECT 1 FROM ticket_messages x WHERE x.id = subject_id)));
CREATE POLICY club_read ON workflow_instances FOR SELECT
    USING ((SELECT vafa_club_kind()) IS NOT NULL AND NOT deleted
           AND EXISTS (SELECT 1 FROM cartable_entries c WHERE c.instance_id = workflow_instances.id));

-- What a club user may create (rule 19 and the «ثبت آیتم جدید» of §1.9): a type they may
-- create, for an identity they act for, in their own name. A receipt starts pending and
-- unnumbered, whoever sends it (rule 23); approval is the company's.
CREATE POLICY club_insert ON items FOR INSERT
    WITH CHECK (item_type_id = ANY ((SELECT vafa_club_creatable_types())::uuid[]) AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[])
                AND created_by = (SELECT vafa_club_user_id()) AND NOT deleted);
CREATE POLICY club_insert ON tickets FOR INSERT
    WITH CHECK (item_type_id = ANY ((SELECT vafa_club_creatable_types())::uuid[]) AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[])
                AND created_by = (SELECT vafa_club_user_id()) AND NOT deleted);
CREATE POLICY club_insert ON receipts FOR INSERT
    WITH CHECK (item_type_id = ANY ((SELECT vafa_club_creatable_types())::uuid[]) AND identity_id = ANY ((SELECT vafa_club_scope())::uuid[])
                AND entered_by = (SELECT vafa_club_user_id()) AND approval_status = 'pending' AND number IS NULL
                AND approved_by IS NULL AND NOT deleted);
CREATE POLICY club_insert ON ticket_messages FOR INSERT
    WITH CHECK (author_user_id = (SELECT vafa_club_user_id()) AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
CREATE POLICY club_insert ON attachments FOR INSERT
    WITH CHECK ((SELECT vafa_club_kind()) IS NOT NULL
                AND (EXISTS (SELECT 1 FROM items x WHERE x.id = subject_id) OR EXISTS (SELECT 1 FROM tickets x WHERE x.id = subject_id)
                     OR EXISTS (SELECT 1 FROM receipts x WHERE x.id = subject_id)
                     OR EXISTS (SELECT 1 FROM ticket_messages x WHERE x.id = subject_id)));
-- Agents create identities of their own customers (rule 28, §1.10).
CREATE POLICY club_insert ON identities FOR INSERT
    WITH CHECK ((SELECT vafa_club_agent_id()) IS NOT NULL AND created_by_agent_id = (SELECT vafa_club_agent_id()));

-- ---------------------------------------------------------------------------------------------
-- Privileged transitions: checked whoever writes, unless the writer owns the table (the
-- server's own work: the worker, `server load-demo`, migrations).
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION vafa_writer_is_client(p_table oid) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = p_table), 'USAGE')
$$;

-- Approval and numbering of documents and receipts (rules 33–37; FinanceGate in
-- models/finance/Permissions.h): only holders of the right, only in legal transitions.
CREATE FUNCTION vafa_item_type_finance(p_type uuid, OUT needs_approval boolean, OUT number_on text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT t.needs_approval, t.number_on FROM item_types t WHERE t.id = p_type
$$;

-- The seats the licence leaves for one kind of club user ('customer' or 'agent') beside
-- `p_user`; NULL when the server enforces no limit (no verified licence figure, or unlimited).
CREATE FUNCTION vafa_seats_left(p_kind text, p_user uuid) RETURNS int
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.seats - (SELECT count(*)::int FROM users
                      WHERE active AND NOT deleted AND id <> p_user
                        AND CASE WHEN p_kind = 'agent' THEN kind = 'agent' ELSE kind IN ('customer', 'supplier') END)
    FROM (SELECT (value::json ->> p_kind)::int AS seats FROM settings
          WHERE key = 'server.licence.seats' AND NOT deleted AND value ~ '^\{') s
    WHERE s.seats >= 0
$$;

-- The trigger functions run as the writer (not SECURITY DEFINER), so that they can tell a
-- workstation from the server's own work; what they must read beyond the writer's rows they
-- ask of the definer functions above.
CREATE FUNCTION vafa_guard_finance() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    receipt boolean := TG_TABLE_NAME = 'receipts';
    family text := CASE WHEN TG_TABLE_NAME = 'receipts' THEN 'finance.receipts.approve' ELSE 'finance.documents.approve' END;
    needs_approval boolean;
    number_on text;
    old_status text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.approval_status ELSE 'pending' END;
    old_number text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.number END;
BEGIN
    IF NOT vafa_writer_is_client(TG_RELID) THEN
        RETURN NEW;
    END IF;
    SELECT x.needs_approval, x.number_on INTO needs_approval, number_on FROM vafa_item_type_finance(NEW.item_type_id) x;
    IF NOT vafa_is_staff() THEN
        -- a club user's record never changes state or number by the club user's hand
        IF NEW.approval_status <> old_status OR NEW.number IS DISTINCT FROM old_number THEN
            RAISE EXCEPTION 'vafa: a club user cannot approve or number' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.approval_status <> old_status THEN
        IF old_status = 'pending' AND NEW.approval_status = 'approved' THEN
            -- a type that needs no approval is created approved by whoever may create it
            IF NOT (TG_OP = 'INSERT' AND NOT coalesce(needs_approval, true))
               AND NOT (vafa_may(family) OR vafa_may('finance.approve:' || NEW.item_type_id) OR vafa_may('finance.manager')) THEN
                RAISE EXCEPTION 'vafa: approving needs the approval right' USING ERRCODE = '42501';
            END IF;
        ELSIF old_status = 'pending' AND NEW.approval_status = 'rejected' THEN
            IF NOT (vafa_may(family) OR vafa_may('finance.reject:' || NEW.item_type_id) OR vafa_may('finance.manager')) THEN
                RAISE EXCEPTION 'vafa: rejecting needs the approval right' USING ERRCODE = '42501';
            END IF;
        ELSIF NEW.approval_status = 'pending' THEN
            IF NOT (vafa_may('finance.back_to_pending') OR vafa_may('finance.manager')
                    OR (NOT receipt AND vafa_may('sales.manager'))) THEN
                RAISE EXCEPTION 'vafa: returning to pending needs its right' USING ERRCODE = '42501';
            END IF;
        ELSE
            RAISE EXCEPTION 'vafa: % cannot become %', old_status, NEW.approval_status USING ERRCODE = '23514';
        END IF;
    END IF;
    IF NEW.number IS DISTINCT FROM old_number THEN
        IF old_number IS NOT NULL AND old_number <> '' THEN
            IF NOT (vafa_may('finance.renumber') OR vafa_may('finance.manager')
                    OR (NOT receipt AND vafa_may('sales.manager'))) THEN
                RAISE EXCEPTION 'vafa: changing a number needs the renumbering right' USING ERRCODE = '42501';
            END IF;
        ELSIF NOT (TG_OP = 'INSERT' AND coalesce(number_on, '') = 'create')
              AND NOT (vafa_may('finance.number') OR vafa_may('finance.number:' || NEW.item_type_id)
                       OR vafa_may('finance.manager')) THEN
            RAISE EXCEPTION 'vafa: numbering needs the numbering right' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER documents_guard_finance BEFORE INSERT OR UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION vafa_guard_finance();
CREATE TRIGGER receipts_guard_finance BEFORE INSERT OR UPDATE ON receipts
    FOR EACH ROW EXECUTE FUNCTION vafa_guard_finance();

-- Account states (approval, activation, suspension, lock, kind) change only by those who
-- manage users; and activating a club user never passes the licence's seats, however many
-- activations race (the seats are the ones the server verified: setting server.licence.seats).
CREATE FUNCTION vafa_guard_accounts() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    seats_left int;
    seat_kind text := CASE WHEN NEW.kind = 'agent' THEN 'agent' ELSE 'customer' END;
    was_working boolean := TG_OP = 'UPDATE' AND OLD.active AND NOT OLD.deleted AND OLD.kind = NEW.kind;
BEGIN
    IF vafa_writer_is_client(TG_RELID) THEN
        IF TG_OP = 'UPDATE' AND (NEW.registration_status, NEW.active, NEW.suspended, NEW.locked, NEW.kind, NEW.password_hash)
               IS DISTINCT FROM (OLD.registration_status, OLD.active, OLD.suspended, OLD.locked, OLD.kind, OLD.password_hash)
           AND NOT (vafa_may('system.users.manage') OR vafa_may('club.customers.manage') OR vafa_may('club.agents.manage')
                    OR vafa_may('club.member.activate') OR vafa_may('club.member.deactivate')
                    OR vafa_may('staff.user.update') OR vafa_may('staff.user.activate') OR vafa_may('staff.user.deactivate')
                    OR vafa_may('staff.user.unlock') OR vafa_may('staff.user.reset_password')) THEN
            RAISE EXCEPTION 'vafa: changing an account needs the user-management right' USING ERRCODE = '42501';
        END IF;
        IF TG_OP = 'INSERT' AND NOT vafa_is_staff() THEN
            RAISE EXCEPTION 'vafa: only staff create accounts here' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF NEW.kind <> 'staff' AND NEW.active AND NOT NEW.deleted AND NOT was_working THEN
        -- one seat count at a time: concurrent activations queue here until the first commits
        PERFORM pg_advisory_xact_lock(hashtext('vafa.licence.seats'));
        seats_left := vafa_seats_left(seat_kind, NEW.id);
        IF seats_left IS NOT NULL AND seats_left <= 0 THEN
            RAISE EXCEPTION 'vafa: every % seat of the licence is taken', seat_kind USING ERRCODE = '23514';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER users_guard_accounts BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION vafa_guard_accounts();
