-- Identity fields of reference §2.1 that the first schema left out (issue 11, identities).
-- A person's second email; an organisation's manager and brand name («نام مدیر», «نام تجاری»).
ALTER TABLE identities ADD COLUMN email2 TEXT NOT NULL DEFAULT '';
ALTER TABLE identities ADD COLUMN manager_name TEXT NOT NULL DEFAULT '';
ALTER TABLE identities ADD COLUMN brand_name TEXT NOT NULL DEFAULT '';
-- A lead's subject (required for leads) and status («وضعیت سرنخ»: unknown|insufficient|qualified).
ALTER TABLE identities ADD COLUMN lead_subject TEXT NOT NULL DEFAULT '';
ALTER TABLE identities ADD COLUMN lead_status TEXT NOT NULL DEFAULT 'unknown';
-- A phone's country code (98 for Iran), shown before the number.
ALTER TABLE phones ADD COLUMN country_code TEXT NOT NULL DEFAULT '98';
