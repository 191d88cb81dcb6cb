-- The server worker's job queue (`vafa server run`, DESIGN §5). PostgreSQL only: a workstation
-- never runs jobs, and a replica has no use for them.
--
-- A job is enqueued under an idempotency key: enqueueing the same key again is a no-op, so a
-- retried request, two workers rescheduling the same recurring job or a restart all leave one
-- job. A worker claims a due job with SELECT … FOR UPDATE SKIP LOCKED and marks it locked_by /
-- locked_at in the same statement, so two workers never run one job; a claim older than the
-- lease (a worker that died mid-job) may be taken again. A failure records last_error and moves
-- run_at out by a growing delay; after max_attempts the job stays failed (failed_at) and visible.
CREATE TABLE jobs (
    id uuid PRIMARY KEY,
    kind text NOT NULL,
    idempotency_key text NOT NULL UNIQUE,
    payload jsonb NOT NULL DEFAULT '{}',
    run_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    last_error text,
    locked_by text,
    locked_at timestamptz,
    done_at timestamptz,
    failed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (done_at IS NULL OR failed_at IS NULL)
);

-- what a worker looks for: jobs neither done nor failed, by when they are due
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL AND failed_at IS NULL;

-- A new job wakes the listening workers at once instead of at their next timer. The payload is
-- only the kind: the job itself is read from the table.
CREATE FUNCTION vafa_jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vafa_jobs', NEW.kind);
    RETURN NULL;
END
$$;

CREATE TRIGGER jobs_notify AFTER INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION vafa_jobs_notify();

-- Workstations' login role must see and change nothing here, whatever it is granted on all
-- tables: row-level security with no policy at all denies every row to every role but the
-- owner (and superusers), which is who the worker connects as.
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON jobs FROM PUBLIC;
REVOKE ALL ON FUNCTION vafa_jobs_notify() FROM PUBLIC;
