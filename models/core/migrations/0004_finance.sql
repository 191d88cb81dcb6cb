-- Finance additions (issue 4), both dialects. 0003 is left to the search indexes.
-- Receipts get the same decision and numbering trail as documents: who rejected and when
-- (approved_by no longer doubles as the rejecter), who numbered and when, and the sequence
-- value behind the number.
ALTER TABLE receipts ADD COLUMN rejected_by {{uuid}};
ALTER TABLE receipts ADD COLUMN rejected_at {{ts}};
ALTER TABLE receipts ADD COLUMN numbered_by {{uuid}};
ALTER TABLE receipts ADD COLUMN numbered_at {{ts}};
ALTER TABLE receipts ADD COLUMN sequence INTEGER;
-- The tax and levy inside documents.surcharge («اضافات»), so a print or a report can show the
-- surcharge's own tax without working it out again from rates that may have changed.
ALTER TABLE documents ADD COLUMN surcharge_tax {{money}} NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN surcharge_levy {{money}} NOT NULL DEFAULT 0;
-- Old rows: a rejected receipt's approved_by held the rejecter.
UPDATE receipts SET rejected_by = approved_by, rejected_at = approved_at, approved_by = NULL, approved_at = NULL
    WHERE approval_status = 'rejected';
