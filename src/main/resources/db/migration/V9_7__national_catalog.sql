-- Issue 19, module integration: the catalogue pull from the national TTHC database (CSDL quốc gia về TTHC,
-- integrations.md §1.7), the daily reconciliation with the national portal (TraCuuHoSo, §1.5), the claim of each day's
-- scheduled run; module dossier: the daily sequence of the centralised dossier code of Circular 04/2025 Art. 23(2)
-- (Circular 03/2025 Art. 13(3)).

-- One pull of the national catalogue: what it listed and what became of it. triggered_by is the administrator who
-- pressed the button, or "system:motcua" for the daily run.
CREATE TABLE national_catalog_pull (
    id            bigserial PRIMARY KEY,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    triggered_by  text        NOT NULL,
    changed_since date        NOT NULL,
    listed        int         NOT NULL DEFAULT 0,
    created       int         NOT NULL DEFAULT 0,
    changed       int         NOT NULL DEFAULT 0,
    unchanged     int         NOT NULL DEFAULT 0,
    skipped       int         NOT NULL DEFAULT 0,
    errors        text[]      NOT NULL DEFAULT '{}'
);

-- Each national procedure package (by the SHA-256 of its canonical JSON) seen for an agency, and the catalog version it
-- became (a draft, or the version it already matched): a package seen before is "unchanged", so pulling twice
-- writes no second draft.
CREATE TABLE national_catalog_item (
    agency_code     text        NOT NULL,
    procedure_code  text        NOT NULL,
    package_sha256  text        NOT NULL,
    national_updated text,
    outcome         text        NOT NULL CHECK (outcome IN ('NEW', 'CHANGED', 'UNCHANGED')),
    version         int,
    pull_id         bigint      NOT NULL REFERENCES national_catalog_pull (id),
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (agency_code, procedure_code, package_sha256)
);

-- One reconciliation with the national portal: the dossiers synchronised in the window, looked up one by one
-- (TraCuuHoSo); those the portal lacks or holds at another status than the last one delivered are sent again.
CREATE TABLE portal_reconciliation (
    id            bigserial PRIMARY KEY,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    triggered_by  text        NOT NULL,
    window_from   timestamptz NOT NULL,
    checked       int         NOT NULL DEFAULT 0,
    matching      int         NOT NULL DEFAULT 0,
    missing       int         NOT NULL DEFAULT 0,
    stale         int         NOT NULL DEFAULT 0,
    resent        int         NOT NULL DEFAULT 0,
    differences   text[]      NOT NULL DEFAULT '{}',
    errors        text[]      NOT NULL DEFAULT '{}'
);

-- The day's scheduled runs (kind: national-catalog-pull, portal-reconciliation): the first instance to insert the row
-- queues the job; the others find it there.
CREATE TABLE integration_daily_run (
    kind       text        NOT NULL,
    day        date        NOT NULL,
    queued_at  timestamptz NOT NULL,
    PRIMARY KEY (kind, day)
);

-- Gap-free daily sequence of the centralised dossier code MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX, per deciding agency, per
-- centralised system (AA) and day; taken in the registering transaction like dossier_code_sequence.
CREATE TABLE dossier_code_sequence_centralised (
    agency_code   text NOT NULL,
    system_digits text NOT NULL CHECK (system_digits ~ '^\d{2}$'),
    day           date NOT NULL,
    last_value    int  NOT NULL,
    PRIMARY KEY (agency_code, system_digits, day)
);
