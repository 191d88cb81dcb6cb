-- The first number a pattern issues is initial_value + 1 (§1.17, Numbering::next): a new
-- pattern starts at 0 so that it issues 1. SQLite cannot change a column default; the
-- repositories always write initial_value, so only PostgreSQL clients inserting by hand see it.
ALTER TABLE numbering_patterns ALTER COLUMN initial_value SET DEFAULT 0;
