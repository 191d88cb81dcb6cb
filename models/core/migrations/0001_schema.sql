-- Vafa schema, version 1: every table of SCHEMA.md, written once with its type tokens.
-- Dialect::expand turns {{tokens}} into SQLite or PostgreSQL types. References to other rows
-- are plain {{uuid}} columns: a replica holds only what its user may see, so a reference may
-- point at a row that is not there. Only a child that cannot exist without its parent
-- (a line of a document, a phone of an identity…) declares a deferred foreign key.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);

-- Company and settings ------------------------------------------------------------------
CREATE TABLE company (
    id {{pk}},
    name TEXT NOT NULL DEFAULT '',
    economic_code TEXT NOT NULL DEFAULT '',
    national_id TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    logo {{blob}},
    {{sync}}
);

CREATE TABLE settings (
    id {{pk}},
    key TEXT NOT NULL UNIQUE,
    value TEXT,
    {{sync}}
);

-- Identities ------------------------------------------------------------------------------
CREATE TABLE categories (
    id {{pk}},
    name TEXT NOT NULL,
    parent_id {{uuid}},
    kind TEXT NOT NULL DEFAULT 'database',
    {{sync}}
);

CREATE TABLE numbering_patterns (
    id {{pk}},
    title TEXT NOT NULL,
    pattern TEXT NOT NULL,
    initial_value INTEGER NOT NULL DEFAULT 1,
    yearly_reset {{bool}} NOT NULL DEFAULT {{false}},
    last_value INTEGER NOT NULL DEFAULT 0,
    last_year INTEGER NOT NULL DEFAULT 0,
    {{sync}}
);

CREATE TABLE identity_subtypes (
    id {{pk}},
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    profile_type TEXT NOT NULL,
    numbering_pattern_id {{uuid}},
    {{sync}}
);

CREATE TABLE customer_classes (
    id {{pk}},
    title TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT 'permanent',
    floor_rials {{money}} NOT NULL DEFAULT 0,
    ceiling_rials {{money}},
    price_list_id {{uuid}},
    priority INTEGER NOT NULL DEFAULT 0,
    {{sync}}
);

CREATE TABLE identities (
    id {{pk}},
    kind TEXT NOT NULL,
    function TEXT NOT NULL DEFAULT 'contact',
    profile_type TEXT NOT NULL DEFAULT 'customer',
    subtype_id {{uuid}},
    customer_number TEXT,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    org_name TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    national_id TEXT NOT NULL DEFAULT '',
    economic_code TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    birth_date {{date}},
    customer_since {{date}},
    colour TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    acquaintance TEXT NOT NULL DEFAULT '',
    sales_responsible_id {{uuid}},
    support_responsible_id {{uuid}},
    misc_responsible_id {{uuid}},
    created_by_agent_id {{uuid}},
    class_id {{uuid}},
    description TEXT NOT NULL DEFAULT '',
    created_at {{ts}} NOT NULL,
    created_by {{uuid}},
    search_text TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX identities_by_display_name ON identities (display_name, id);
CREATE INDEX identities_by_customer_number ON identities (customer_number, id);
CREATE INDEX identities_by_profile_type ON identities (profile_type, display_name, id);
CREATE INDEX identities_by_agent ON identities (created_by_agent_id);
CREATE INDEX identities_by_sales_responsible ON identities (sales_responsible_id);
CREATE INDEX identities_by_national_id ON identities (national_id);

CREATE TABLE identity_categories (
    id {{pk}},
    identity_id {{uuid}} NOT NULL REFERENCES identities (id) DEFERRABLE INITIALLY DEFERRED,
    category_id {{uuid}} NOT NULL,
    {{sync}}
);
CREATE INDEX identity_categories_by_identity ON identity_categories (identity_id);
CREATE INDEX identity_categories_by_category ON identity_categories (category_id);

CREATE TABLE phones (
    id {{pk}},
    identity_id {{uuid}} NOT NULL REFERENCES identities (id) DEFERRABLE INITIALLY DEFERRED,
    type TEXT NOT NULL DEFAULT 'mobile',
    number TEXT NOT NULL,
    extension TEXT NOT NULL DEFAULT '',
    is_default {{bool}} NOT NULL DEFAULT {{false}},
    description TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX phones_by_identity ON phones (identity_id);
CREATE INDEX phones_by_number ON phones (number);

CREATE TABLE addresses (
    id {{pk}},
    identity_id {{uuid}} NOT NULL REFERENCES identities (id) DEFERRABLE INITIALLY DEFERRED,
    country TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    is_default {{bool}} NOT NULL DEFAULT {{false}},
    {{sync}}
);
CREATE INDEX addresses_by_identity ON addresses (identity_id);

-- Users and security ------------------------------------------------------------------------
CREATE TABLE users (
    id {{pk}},
    kind TEXT NOT NULL,
    identity_id {{uuid}},
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL DEFAULT '',
    registration_status TEXT NOT NULL DEFAULT 'approved',
    active {{bool}} NOT NULL DEFAULT {{true}},
    suspended {{bool}} NOT NULL DEFAULT {{false}},
    locked {{bool}} NOT NULL DEFAULT {{false}},
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    must_change_password {{bool}} NOT NULL DEFAULT {{false}},
    password_changed_at {{ts}},
    last_sign_in_at {{ts}},
    created_via TEXT NOT NULL DEFAULT 'staff',
    commission_bp INTEGER NOT NULL DEFAULT 0,
    email TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'fa',
    created_at {{ts}} NOT NULL,
    {{sync}}
);
CREATE INDEX users_by_identity ON users (identity_id);
CREATE INDEX users_by_kind ON users (kind, username);

CREATE TABLE user_groups (
    id {{pk}},
    name TEXT NOT NULL,
    {{sync}}
);

CREATE TABLE user_group_members (
    id {{pk}},
    user_id {{uuid}} NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    group_id {{uuid}} NOT NULL REFERENCES user_groups (id) DEFERRABLE INITIALLY DEFERRED,
    {{sync}}
);
CREATE INDEX user_group_members_by_user ON user_group_members (user_id);
CREATE INDEX user_group_members_by_group ON user_group_members (group_id);

CREATE TABLE permissions (
    id {{pk}},
    group_id {{uuid}},
    user_id {{uuid}},
    permission TEXT NOT NULL,
    {{sync}}
);
CREATE INDEX permissions_by_group ON permissions (group_id);
CREATE INDEX permissions_by_user ON permissions (user_id);

CREATE TABLE sign_in_history (
    id {{pk}},
    user_id {{uuid}} NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    at {{ts}} NOT NULL,
    success {{bool}} NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX sign_in_history_by_user ON sign_in_history (user_id, at);

-- Item types, numbering, custom fields, generic items ----------------------------------------
CREATE TABLE item_types (
    id {{pk}},
    entity TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    active {{bool}} NOT NULL DEFAULT {{true}},
    contract_kind TEXT NOT NULL DEFAULT '',
    customer_can_create {{bool}} NOT NULL DEFAULT {{false}},
    customer_can_view {{bool}} NOT NULL DEFAULT {{false}},
    customer_can_view_fields {{bool}} NOT NULL DEFAULT {{false}},
    customer_display_mode TEXT NOT NULL DEFAULT 'default',
    agent_can_create {{bool}} NOT NULL DEFAULT {{false}},
    agent_can_view {{bool}} NOT NULL DEFAULT {{false}},
    agent_can_view_fields {{bool}} NOT NULL DEFAULT {{false}},
    agent_display_mode TEXT NOT NULL DEFAULT 'default',
    needs_approval {{bool}} NOT NULL DEFAULT {{false}},
    needs_numbering {{bool}} NOT NULL DEFAULT {{false}},
    number_on TEXT NOT NULL DEFAULT 'create',
    numbering_pattern_id {{uuid}},
    customer_number_on_approval {{bool}} NOT NULL DEFAULT {{false}},
    pending_after_edit {{bool}} NOT NULL DEFAULT {{false}},
    signature_image {{blob}},
    tax_bp INTEGER NOT NULL DEFAULT 0,
    levy_bp INTEGER NOT NULL DEFAULT 0,
    main_template TEXT NOT NULL DEFAULT '',
    public_template TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX item_types_by_entity ON item_types (entity, name, id);

CREATE TABLE custom_fields (
    id {{pk}},
    item_type_id {{uuid}} NOT NULL REFERENCES item_types (id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    field_type TEXT NOT NULL DEFAULT 'text',
    required {{bool}} NOT NULL DEFAULT {{false}},
    sort_order INTEGER NOT NULL DEFAULT 0,
    choices TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX custom_fields_by_item_type ON custom_fields (item_type_id, sort_order);

CREATE TABLE custom_field_values (
    id {{pk}},
    owner_id {{uuid}} NOT NULL,
    field_id {{uuid}} NOT NULL,
    value TEXT,
    {{sync}}
);
CREATE INDEX custom_field_values_by_owner ON custom_field_values (owner_id);

CREATE TABLE items (
    id {{pk}},
    item_type_id {{uuid}} NOT NULL,
    identity_id {{uuid}},
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    created_by {{uuid}},
    created_at {{ts}} NOT NULL,
    {{sync}}
);
CREATE INDEX items_by_identity ON items (identity_id);
CREATE INDEX items_by_type ON items (item_type_id, created_at, id);

-- Products and prices -------------------------------------------------------------------------
CREATE TABLE products (
    id {{pk}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price {{money}} NOT NULL DEFAULT 0,
    taxable {{bool}} NOT NULL DEFAULT {{true}},
    club_visible {{bool}} NOT NULL DEFAULT {{true}},
    category TEXT NOT NULL DEFAULT '',
    active {{bool}} NOT NULL DEFAULT {{true}},
    {{sync}}
);
CREATE INDEX products_by_name ON products (name, id);

CREATE TABLE price_lists (
    id {{pk}},
    title TEXT NOT NULL,
    {{sync}}
);

CREATE TABLE price_list_rules (
    id {{pk}},
    price_list_id {{uuid}} NOT NULL REFERENCES price_lists (id) DEFERRABLE INITIALLY DEFERRED,
    product_id {{uuid}},
    category TEXT NOT NULL DEFAULT '',
    fixed_price {{money}},
    percent_bp INTEGER,
    {{sync}}
);
CREATE INDEX price_list_rules_by_list ON price_list_rules (price_list_id);

-- Financial documents -------------------------------------------------------------------------
CREATE TABLE documents (
    id {{pk}},
    item_type_id {{uuid}} NOT NULL,
    kind TEXT NOT NULL,
    identity_id {{uuid}} NOT NULL,
    number TEXT,
    sequence INTEGER,
    issue_date {{date}} NOT NULL,
    due_date {{date}},
    approval_status TEXT NOT NULL DEFAULT 'pending',
    approved_by {{uuid}},
    approved_at {{ts}},
    rejected_by {{uuid}},
    rejected_at {{ts}},
    reject_reason TEXT NOT NULL DEFAULT '',
    numbered_by {{uuid}},
    numbered_at {{ts}},
    seller_user_id {{uuid}},
    source_document_id {{uuid}},
    price_list_id {{uuid}},
    title TEXT NOT NULL DEFAULT '',
    start_date {{date}},
    end_date {{date}},
    settlement TEXT NOT NULL DEFAULT 'cash',
    description TEXT NOT NULL DEFAULT '',
    total_amount {{money}} NOT NULL DEFAULT 0,
    total_discount {{money}} NOT NULL DEFAULT 0,
    total_tax {{money}} NOT NULL DEFAULT 0,
    total_levy {{money}} NOT NULL DEFAULT 0,
    surcharge {{money}} NOT NULL DEFAULT 0,
    final_amount {{money}} NOT NULL DEFAULT 0,
    created_by {{uuid}},
    created_at {{ts}} NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX documents_by_identity ON documents (identity_id, issue_date, id);
CREATE INDEX documents_by_kind_status ON documents (kind, approval_status, issue_date, id);
CREATE INDEX documents_by_kind_date ON documents (kind, issue_date, id);
CREATE INDEX documents_by_issue_date ON documents (issue_date, id);
CREATE INDEX documents_by_source ON documents (source_document_id);

CREATE TABLE document_lines (
    id {{pk}},
    document_id {{uuid}} NOT NULL REFERENCES documents (id) DEFERRABLE INITIALLY DEFERRED,
    line_no INTEGER NOT NULL,
    product_id {{uuid}},
    product_code TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    quantity_milli INTEGER NOT NULL DEFAULT 1000,
    unit_price {{money}} NOT NULL DEFAULT 0,
    discount {{money}} NOT NULL DEFAULT 0,
    tax_bp INTEGER NOT NULL DEFAULT 0,
    levy_bp INTEGER NOT NULL DEFAULT 0,
    tax {{money}} NOT NULL DEFAULT 0,
    levy {{money}} NOT NULL DEFAULT 0,
    total {{money}} NOT NULL DEFAULT 0,
    final {{money}} NOT NULL DEFAULT 0,
    {{sync}}
);
CREATE INDEX document_lines_by_document ON document_lines (document_id, line_no);

CREATE TABLE financial_accounts (
    id {{pk}},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'bank',
    bank_name TEXT NOT NULL DEFAULT '',
    holder TEXT NOT NULL DEFAULT '',
    account_number TEXT NOT NULL DEFAULT '',
    card_number TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    allows_card_to_card {{bool}} NOT NULL DEFAULT {{false}},
    allows_cash_deposit {{bool}} NOT NULL DEFAULT {{false}},
    allows_online {{bool}} NOT NULL DEFAULT {{false}},
    active {{bool}} NOT NULL DEFAULT {{true}},
    {{sync}}
);

CREATE TABLE receipts (
    id {{pk}},
    item_type_id {{uuid}} NOT NULL,
    direction TEXT NOT NULL DEFAULT 'in',
    identity_id {{uuid}} NOT NULL,
    document_id {{uuid}},
    number TEXT,
    amount {{money}} NOT NULL,
    account_id {{uuid}},
    method TEXT NOT NULL DEFAULT 'cash',
    cash_method TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    card_number TEXT NOT NULL DEFAULT '',
    bank TEXT NOT NULL DEFAULT '',
    cheque_number TEXT NOT NULL DEFAULT '',
    cheque_due_date {{date}},
    received_on {{date}} NOT NULL,
    approval_status TEXT NOT NULL DEFAULT 'pending',
    approved_by {{uuid}},
    approved_at {{ts}},
    reject_reason TEXT NOT NULL DEFAULT '',
    entered_by {{uuid}},
    entered_in_club {{bool}} NOT NULL DEFAULT {{false}},
    description TEXT NOT NULL DEFAULT '',
    created_at {{ts}} NOT NULL,
    {{sync}}
);
CREATE INDEX receipts_by_identity ON receipts (identity_id, received_on, id);
CREATE INDEX receipts_by_status ON receipts (approval_status, received_on, id);
CREATE INDEX receipts_by_date ON receipts (received_on, id);
CREATE INDEX receipts_by_document ON receipts (document_id);

-- Points and classes --------------------------------------------------------------------------
CREATE TABLE point_rules (
    id {{pk}},
    kind TEXT NOT NULL,
    profile_type TEXT NOT NULL DEFAULT 'customer',
    item_type_id {{uuid}},
    product_id {{uuid}},
    points INTEGER NOT NULL DEFAULT 0,
    rial_step {{money}},
    active {{bool}} NOT NULL DEFAULT {{true}},
    {{sync}}
);

CREATE TABLE point_transactions (
    id {{pk}},
    identity_id {{uuid}} NOT NULL,
    kind TEXT NOT NULL,
    points INTEGER NOT NULL,
    created_on {{date}} NOT NULL,
    expires_on {{date}},
    description TEXT NOT NULL DEFAULT '',
    related_id {{uuid}},
    manual {{bool}} NOT NULL DEFAULT {{false}},
    {{sync}}
);
CREATE INDEX point_transactions_by_identity ON point_transactions (identity_id, created_on, id);

-- Tickets, workflows, collaboration -----------------------------------------------------------
CREATE TABLE tickets (
    id {{pk}},
    item_type_id {{uuid}} NOT NULL,
    number TEXT,
    identity_id {{uuid}},
    subject TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    severity TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT '',
    expert_user_id {{uuid}},
    created_by {{uuid}},
    created_at {{ts}} NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX tickets_by_status ON tickets (status, created_at, id);
CREATE INDEX tickets_by_identity ON tickets (identity_id, created_at, id);
CREATE INDEX tickets_by_created ON tickets (created_at, id);

CREATE TABLE ticket_messages (
    id {{pk}},
    ticket_id {{uuid}} NOT NULL REFERENCES tickets (id) DEFERRABLE INITIALLY DEFERRED,
    author_user_id {{uuid}},
    body TEXT NOT NULL,
    from_club {{bool}} NOT NULL DEFAULT {{false}},
    created_at {{ts}} NOT NULL,
    {{sync}}
);
CREATE INDEX ticket_messages_by_ticket ON ticket_messages (ticket_id, created_at);

CREATE TABLE workflows (
    id {{pk}},
    item_type_id {{uuid}},
    name TEXT NOT NULL,
    active {{bool}} NOT NULL DEFAULT {{true}},
    {{sync}}
);

CREATE TABLE workflow_states (
    id {{pk}},
    workflow_id {{uuid}} NOT NULL REFERENCES workflows (id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'normal',
    responsible_mode TEXT NOT NULL DEFAULT 'user',
    responsible_user_id {{uuid}},
    responsible_group_id {{uuid}},
    sort_order INTEGER NOT NULL DEFAULT 0,
    {{sync}}
);
CREATE INDEX workflow_states_by_workflow ON workflow_states (workflow_id, sort_order);

CREATE TABLE workflow_actions (
    id {{pk}},
    state_id {{uuid}} NOT NULL REFERENCES workflow_states (id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    next_state_id {{uuid}},
    closes {{bool}} NOT NULL DEFAULT {{false}},
    {{sync}}
);
CREATE INDEX workflow_actions_by_state ON workflow_actions (state_id);

CREATE TABLE workflow_instances (
    id {{pk}},
    workflow_id {{uuid}} NOT NULL,
    subject_kind TEXT NOT NULL DEFAULT '',
    subject_id {{uuid}},
    identity_id {{uuid}},
    title TEXT NOT NULL DEFAULT '',
    current_state_id {{uuid}},
    status TEXT NOT NULL DEFAULT 'running',
    started_at {{ts}} NOT NULL,
    ended_at {{ts}},
    {{sync}}
);
CREATE INDEX workflow_instances_by_identity ON workflow_instances (identity_id);
CREATE INDEX workflow_instances_by_subject ON workflow_instances (subject_id);

CREATE TABLE cartable_entries (
    id {{pk}},
    instance_id {{uuid}} NOT NULL REFERENCES workflow_instances (id) DEFERRABLE INITIALLY DEFERRED,
    state_id {{uuid}} NOT NULL,
    assignee_user_id {{uuid}},
    assignee_identity_id {{uuid}},
    entered_at {{ts}} NOT NULL,
    seen_at {{ts}},
    ended_at {{ts}},
    deadline {{ts}},
    action_id {{uuid}},
    note TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX cartable_entries_by_user ON cartable_entries (assignee_user_id, entered_at, id);
CREATE INDEX cartable_entries_by_identity ON cartable_entries (assignee_identity_id, entered_at, id);
CREATE INDEX cartable_entries_by_instance ON cartable_entries (instance_id);

CREATE TABLE activities (
    id {{pk}},
    kind TEXT NOT NULL,
    identity_id {{uuid}},
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    starts_at {{ts}},
    ends_at {{ts}},
    duration_s INTEGER,
    status TEXT NOT NULL DEFAULT '',
    assigned_user_id {{uuid}},
    created_by {{uuid}},
    created_at {{ts}} NOT NULL,
    {{sync}}
);
CREATE INDEX activities_by_identity ON activities (identity_id, created_at, id);
CREATE INDEX activities_by_assignee ON activities (assigned_user_id, starts_at);

CREATE TABLE comments (
    id {{pk}},
    subject_kind TEXT NOT NULL,
    subject_id {{uuid}} NOT NULL,
    author_user_id {{uuid}},
    body TEXT NOT NULL,
    created_at {{ts}} NOT NULL,
    {{sync}}
);
CREATE INDEX comments_by_subject ON comments (subject_id, created_at);

CREATE TABLE mentions (
    id {{pk}},
    comment_id {{uuid}} NOT NULL REFERENCES comments (id) DEFERRABLE INITIALLY DEFERRED,
    user_id {{uuid}} NOT NULL,
    seen {{bool}} NOT NULL DEFAULT {{false}},
    {{sync}}
);
CREATE INDEX mentions_by_user ON mentions (user_id, seen);

CREATE TABLE follow_ups (
    id {{pk}},
    owner_user_id {{uuid}},
    subject_kind TEXT NOT NULL DEFAULT '',
    subject_id {{uuid}},
    identity_id {{uuid}},
    start_on {{date}},
    due_on {{date}},
    remind_at {{ts}},
    description TEXT NOT NULL DEFAULT '',
    done {{bool}} NOT NULL DEFAULT {{false}},
    {{sync}}
);
CREATE INDEX follow_ups_by_owner ON follow_ups (owner_user_id, due_on);
CREATE INDEX follow_ups_by_identity ON follow_ups (identity_id);

CREATE TABLE attachments (
    id {{pk}},
    subject_kind TEXT NOT NULL DEFAULT '',
    subject_id {{uuid}},
    file_name TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    content {{blob}},
    {{sync}}
);
CREATE INDEX attachments_by_subject ON attachments (subject_id);

CREATE TABLE dashboard_blocks (
    id {{pk}},
    slot TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'fa',
    html TEXT NOT NULL DEFAULT '',
    published {{bool}} NOT NULL DEFAULT {{false}},
    {{sync}}
);

CREATE TABLE audit_log (
    id {{pk}},
    at {{ts}} NOT NULL,
    user_id {{uuid}},
    action TEXT NOT NULL,
    subject_kind TEXT NOT NULL DEFAULT '',
    subject_id {{uuid}},
    detail TEXT NOT NULL DEFAULT '',
    {{sync}}
);
CREATE INDEX audit_log_by_at ON audit_log (at, id);
CREATE INDEX audit_log_by_subject ON audit_log (subject_id);

-- Local only (never replicated) ---------------------------------------------------------------
CREATE TABLE sync_cursors (
    table_name TEXT PRIMARY KEY NOT NULL,
    cursor TEXT
);

CREATE TABLE outbox (
    seq {{seqpk}},
    device_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    payload TEXT,
    base_version TEXT,
    created_at {{ts}} NOT NULL
);

CREATE TABLE sync_conflicts (
    id {{pk}},
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    local_payload TEXT,
    server_payload TEXT,
    detected_at {{ts}} NOT NULL,
    resolved {{bool}} NOT NULL DEFAULT {{false}}
);
