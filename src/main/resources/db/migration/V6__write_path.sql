-- Issue 14, the write path: work done after commit through a durable job queue, forms rendered there, and the dossier
-- code taken as late as possible in the registering transaction.

-- Background jobs (platform.Jobs), taken in the order they came (run_at is NULL until a failed run sets when to
-- try again). A worker takes one due row with FOR UPDATE SKIP LOCKED, runs it and deletes it in
-- the same transaction, so a crash at any point leaves the row to be taken again and two workers never run one job
-- at the same time. A failed run is recorded (attempts, last_error) and retried later; after the last attempt the
-- row stays with failed_at set, for an operator to look at.
CREATE TABLE job (
    id          bigserial PRIMARY KEY,
    kind        text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL,
    run_at      timestamptz,
    attempts    int         NOT NULL DEFAULT 0,
    last_error  text,
    failed_at   timestamptz
);
CREATE INDEX job_pending ON job (id) WHERE failed_at IS NULL;

-- An issued form is numbered and its data kept in the issuing transaction; its PDF is rendered by a job after commit
-- (file_key NULL until then). Forms issued before this migration already have their file.
ALTER TABLE dossier_form
    ALTER COLUMN file_key DROP NOT NULL,
    ADD COLUMN form_set    text,
    ADD COLUMN input       jsonb,
    ADD COLUMN rendered_at timestamptz,
    ADD CONSTRAINT dossier_form_file_or_input CHECK (file_key IS NOT NULL OR (input IS NOT NULL AND form_set IS NOT NULL));

-- A registration inserts its row first and takes the code of the agency's day just before commit, so the day's
-- counter row is locked for a few statements instead of the whole registration. The code is still required: a
-- deferred check refuses to commit a dossier without one (rows inserted with a code, as by the import, skip it).
ALTER TABLE dossier ALTER COLUMN code DROP NOT NULL;

CREATE FUNCTION dossier_code_required() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM dossier WHERE id = NEW.id AND code IS NULL) THEN
        RAISE EXCEPTION 'dossier % has no code at commit', NEW.id USING ERRCODE = 'not_null_violation';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER dossier_code_required AFTER INSERT ON dossier DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.code IS NULL) EXECUTE FUNCTION dossier_code_required();
