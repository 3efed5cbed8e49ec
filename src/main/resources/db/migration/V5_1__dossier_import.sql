-- Import of historical dossiers: one row per import run, its counters committed with each batch of lines, so a
-- long file can be watched while it runs and an interrupted run shows how far it got.
CREATE TABLE dossier_import_run (
    id           bigserial PRIMARY KEY,
    started_by   text NOT NULL,
    started_at   timestamptz NOT NULL,
    file_name    text,
    file_sha256  text,                     -- of the bytes read, once the whole input has been read
    from_line    int NOT NULL DEFAULT 1 CHECK (from_line >= 1),
    lines_read   bigint NOT NULL DEFAULT 0, -- number of the last line read (skipped lines included)
    accepted     bigint NOT NULL DEFAULT 0,
    unchanged    bigint NOT NULL DEFAULT 0,
    refused      bigint NOT NULL DEFAULT 0,
    status       text NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    updated_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    error        text
);

-- "Assigned to me" lists also name the agency: with the agency in the index they are read from the index alone
-- (count and page ids), instead of visiting every assigned dossier's row to check its agency. Replaces V5's index.
CREATE INDEX dossier_queue_assignee_agency ON dossier (assignee, agency_code, due_at, id)
    WHERE status NOT IN ('NOT_ACCEPTED', 'STOPPED', 'RETURNED');
DROP INDEX dossier_queue_assignee;
