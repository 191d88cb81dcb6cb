-- What a real company needs that the demo never asked for (issue 11).
-- The official invoice names a seller who is a person or an organisation, and carries the
-- company's seal or signature beside its logo.
ALTER TABLE company ADD COLUMN kind TEXT NOT NULL DEFAULT 'organisation';
ALTER TABLE company ADD COLUMN seal {{blob}};
-- Amounts are stored in rial; the company chooses whether screens and prints show rial or toman.
ALTER TABLE company ADD COLUMN money_unit TEXT NOT NULL DEFAULT 'rial';
-- The VAT new invoice types start with, in basis points (10 % since 1403).
ALTER TABLE company ADD COLUMN default_vat_bp INTEGER NOT NULL DEFAULT 1000;
-- «تبدیل به اختصاصی / عمومی»: a private category is changed only by its creator or an admin.
ALTER TABLE categories ADD COLUMN is_private {{bool}} NOT NULL DEFAULT {{false}};
ALTER TABLE categories ADD COLUMN created_by {{uuid}};
-- An account that takes online payments names its gateway and the merchant code the gateway
-- issued; the gateway's secrets stay in the keychain.
ALTER TABLE financial_accounts ADD COLUMN gateway TEXT NOT NULL DEFAULT '';
ALTER TABLE financial_accounts ADD COLUMN gateway_merchant TEXT NOT NULL DEFAULT '';
