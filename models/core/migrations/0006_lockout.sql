-- When an account was locked after too many failed sign-ins (issue 10). A lock-out now lasts
-- the policy's minutes (security.lockout_minutes) counted from here, so nobody can lock an
-- administrator out for good by typing wrong passwords; NULL on a locked account means an
-- administrator locked it, and only an administrator unlocks it.
ALTER TABLE users ADD COLUMN locked_at {{ts}};
