-- Dossier engine: dossiers (hồ sơ), their append-only history, documents, process-control steps, fees,
-- stored forms, the per-agency daily code sequence and the versioned legal rule sets.

-- A legal regime for dossiers: chosen by the receipt date, kept by the dossier for its whole life.
CREATE TABLE dossier_rule_set (
    id                              text PRIMARY KEY,
    name                            text NOT NULL,
    effective_from                  date NOT NULL UNIQUE,
    code_format                     text NOT NULL,            -- LEGACY_2018 (V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX)
    form_set                        text NOT NULL,            -- TT01_2018 (6 forms) | TT03_2025 (7 forms)
    max_processing_supplements      int  NOT NULL CHECK (max_processing_supplements >= 0),
    max_intake_completions          int  NOT NULL CHECK (max_intake_completions >= 0),
    supplement_window_working_days  int,                      -- null: no window
    max_extensions                  int  NOT NULL CHECK (max_extensions >= 0),
    extension_notice_working_days   int  NOT NULL CHECK (extension_notice_working_days >= 0),
    extension_counts_late           boolean NOT NULL,
    transfer_cutoff                 time NOT NULL,
    near_due_working_days           int  NOT NULL CHECK (near_due_working_days >= 0),
    basis                           text NOT NULL
);

INSERT INTO dossier_rule_set VALUES
    ('ND61-2018', 'Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP', DATE '2018-08-21', 'LEGACY_2018', 'TT01_2018',
     2, 2, 3, 1, 1, true, TIME '15:00', 1,
     'Nghị định 61/2018/NĐ-CP Điều 17–19; Nghị định 63/2010/NĐ-CP Điều 20(4) (không quá 2 lần bổ sung)'),
    ('ND118-2025', 'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP', DATE '2025-07-01', 'LEGACY_2018',
     'TT03_2025', 1, 1, 3, 1, 1, true, TIME '15:00', 1,
     'Nghị định 118/2025/NĐ-CP Điều 11 (chỉ yêu cầu bổ sung một lần), Điều 17–21; Thông tư 03/2025/TT-VPCP Phụ lục I');

-- Gap-free daily sequence per receiving agency: incremented in the transaction that registers the dossier, so a
-- rolled-back registration gives its number back.
CREATE TABLE dossier_code_sequence (
    agency_code text NOT NULL,
    day         date NOT NULL,
    last_value  int  NOT NULL,
    PRIMARY KEY (agency_code, day)
);

CREATE TABLE dossier (
    id                       bigserial PRIMARY KEY,
    code                     text NOT NULL UNIQUE,
    agency_code              text NOT NULL,
    procedure_code           text NOT NULL,
    procedure_version        int  NOT NULL,
    procedure_name           text NOT NULL,
    field_name               text,
    rule_set                 text NOT NULL REFERENCES dossier_rule_set (id),
    channel                  text NOT NULL CHECK (channel IN ('DIRECT', 'POSTAL', 'ONLINE')),
    result_delivery          text CHECK (result_delivery IN ('DESK', 'POST', 'ONLINE')),
    applicant_type           text NOT NULL CHECK (applicant_type IN ('CITIZEN', 'ORGANIZATION')),
    applicant_name           text NOT NULL,
    applicant_id_number      text,
    applicant_phone          text,
    applicant_email          text,
    applicant_address        text,
    applicant_username       text,
    lookup_secret            text NOT NULL,
    status                   text NOT NULL,
    stage                    text,
    submitted_at             timestamptz NOT NULL,
    received_at              timestamptz,
    clock_start_at           timestamptz,
    original_due_at          timestamptz,
    deadline_due_at          timestamptz,   -- the due date the dossier is judged against (restarted on supplement)
    due_at                   timestamptz,   -- the date printed to the applicant (moved by an extension)
    near_due_from            timestamptz,
    extended                 boolean NOT NULL DEFAULT false,
    intake_completions       int NOT NULL DEFAULT 0,
    supplement_requests      int NOT NULL DEFAULT 0,
    supplement_requested_at  timestamptz,
    suspended_minutes        bigint NOT NULL DEFAULT 0,
    finished_at              timestamptz,   -- end of processing (resolved, refused, stopped, withdrawn)
    outcome                  text CHECK (outcome IN ('GRANTED', 'REFUSED')),
    returned_at              timestamptz,
    current_unit             text,
    assignee                 text,
    branch                   text,          -- optional path of the internal procedure taken, if any
    current_step             int,           -- index in the path of the internal procedure
    step_due_at              timestamptz,
    fees_due_vnd             bigint NOT NULL DEFAULT 0 CHECK (fees_due_vnd >= 0),
    digitized                boolean NOT NULL DEFAULT false,
    result_digitized         boolean NOT NULL DEFAULT false,
    imported                 boolean NOT NULL DEFAULT false,
    created_by               text NOT NULL,
    idempotency_key          text,
    request_hash             text,
    version                  int NOT NULL DEFAULT 1,
    updated_at               timestamptz NOT NULL,
    UNIQUE (created_by, idempotency_key)
);

-- Queues: open dossiers (not at a terminal status) of a unit, of an assignee, of an agency, by due date. Closed
-- dossiers (the vast majority at a million rows) are not in these indexes at all.
CREATE INDEX dossier_queue_unit ON dossier (agency_code, current_unit, due_at, id)
    WHERE status NOT IN ('NOT_ACCEPTED', 'STOPPED', 'RETURNED');
CREATE INDEX dossier_queue_assignee ON dossier (assignee, due_at, id)
    WHERE status NOT IN ('NOT_ACCEPTED', 'STOPPED', 'RETURNED');
CREATE INDEX dossier_queue_agency ON dossier (agency_code, due_at, id)
    WHERE status NOT IN ('NOT_ACCEPTED', 'STOPPED', 'RETURNED');
-- Lists over all dossiers of an agency by receipt time (period filter, finished ones included).
CREATE INDEX dossier_agency_received ON dossier (agency_code, received_at, id);
CREATE INDEX dossier_applicant ON dossier (applicant_username, submitted_at) WHERE applicant_username IS NOT NULL;

-- History: every change is an event, never updated or deleted.
CREATE TABLE dossier_event (
    id          bigserial PRIMARY KEY,
    dossier_id  bigint NOT NULL REFERENCES dossier (id),
    seq         int NOT NULL,
    type        text NOT NULL,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    reason      text,
    before      jsonb,
    after       jsonb,
    data        jsonb,
    public      boolean NOT NULL DEFAULT true,
    UNIQUE (dossier_id, seq)
);

CREATE FUNCTION dossier_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dossier_event is append-only';
END;
$$;

CREATE TRIGGER dossier_event_no_change BEFORE UPDATE OR DELETE ON dossier_event
    FOR EACH ROW EXECUTE FUNCTION dossier_event_append_only();

-- The process control sheet (phiếu kiểm soát quá trình): one row per hand-over with its step deadline.
CREATE TABLE dossier_step (
    id            bigserial PRIMARY KEY,
    dossier_id    bigint NOT NULL REFERENCES dossier (id),
    seq           int NOT NULL,
    kind          text NOT NULL,          -- PROCEDURE_STEP | TRANSFER | CONSULTATION | INTER_AGENCY
    step_index    int,                    -- index in the internal procedure, for PROCEDURE_STEP
    responsible   text NOT NULL,
    action        text NOT NULL,
    handed_by     text,
    handed_to     text,
    started_at    timestamptz NOT NULL,
    due_at        timestamptz,
    finished_at   timestamptz,
    finished_by   text,
    outcome       text,                   -- COMPLETED | RETURNED
    note          text,
    UNIQUE (dossier_id, seq)
);

CREATE TABLE dossier_document (
    id            bigserial PRIMARY KEY,
    dossier_id    bigint NOT NULL REFERENCES dossier (id),
    document_name text NOT NULL,
    stage         text NOT NULL,          -- INTAKE | SUPPLEMENT | RESULT
    file_key      text NOT NULL,
    file_name     text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    uploaded_by   text NOT NULL
);
CREATE INDEX dossier_document_dossier ON dossier_document (dossier_id);

CREATE TABLE dossier_fee (
    id           bigserial PRIMARY KEY,
    dossier_id   bigint NOT NULL REFERENCES dossier (id),
    name         text NOT NULL,
    amount_vnd   bigint NOT NULL CHECK (amount_vnd >= 0),
    paid_at      timestamptz,
    paid_online  boolean NOT NULL DEFAULT false
);
CREATE INDEX dossier_fee_dossier ON dossier_fee (dossier_id);

-- Forms issued for a dossier (PDF files in the file storage), numbered per agency, form and year.
CREATE TABLE dossier_form (
    id          bigserial PRIMARY KEY,
    dossier_id  bigint NOT NULL REFERENCES dossier (id),
    form        text NOT NULL,
    number      text NOT NULL,
    file_key    text NOT NULL,
    issued_at   timestamptz NOT NULL,
    issued_by   text NOT NULL
);
CREATE INDEX dossier_form_dossier ON dossier_form (dossier_id, form);

CREATE TABLE dossier_form_sequence (
    agency_code text NOT NULL,
    form        text NOT NULL,
    year        int  NOT NULL,
    last_value  int  NOT NULL,
    PRIMARY KEY (agency_code, form, year)
);
