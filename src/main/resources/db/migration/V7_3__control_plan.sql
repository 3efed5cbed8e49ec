-- Control plans (module controlplan, kế hoạch kiểm soát TTHC): one plan per agency and year (a later plan may
-- replace an earlier one of the same year), its appendix of numbered sections of tasks, and the progress entries
-- recorded against each task (and each occurrence of a recurring one). Time frames are kept as printed; their
-- schedule is understood when read, on the working calendar of the day. Lists of texts (basis documents, purpose,
-- requirements, organisation, coordinating units) are kept one item per line. Times from the application's Clock.

CREATE TABLE control_plan (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code      text NOT NULL,
    year             int NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    number           text NOT NULL,
    issued_on        date,
    title            text NOT NULL,
    signer           text,
    signer_title     text,
    basis            text NOT NULL DEFAULT '',
    purpose          text NOT NULL DEFAULT '',
    requirements     text NOT NULL DEFAULT '',
    organisation     text NOT NULL DEFAULT '',
    replaces_plan_id bigint REFERENCES control_plan (id),
    version          int NOT NULL DEFAULT 1,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_by       text NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX control_plan_agency_year ON control_plan (agency_code, year);
-- a plan is replaced at most once
CREATE UNIQUE INDEX control_plan_replaces ON control_plan (replaces_plan_id) WHERE replaces_plan_id IS NOT NULL;

CREATE TABLE control_plan_section (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id   bigint NOT NULL REFERENCES control_plan (id) ON DELETE CASCADE,
    position  int NOT NULL,
    number    text NOT NULL,
    title     text NOT NULL
);
CREATE INDEX control_plan_section_plan ON control_plan_section (plan_id, position);

CREATE TABLE control_plan_task (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id             bigint NOT NULL REFERENCES control_plan (id) ON DELETE CASCADE,
    section_id          bigint NOT NULL REFERENCES control_plan_section (id),
    position            int NOT NULL,
    content             text NOT NULL,
    lead_unit           text,
    coordinating_units  text NOT NULL DEFAULT '',
    expected_result     text,
    time_frame          text NOT NULL,
    note                text
);
CREATE INDEX control_plan_task_section ON control_plan_task (section_id, position);
CREATE INDEX control_plan_task_plan ON control_plan_task (plan_id);

CREATE TABLE control_plan_progress (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id               bigint NOT NULL REFERENCES control_plan (id) ON DELETE CASCADE,
    task_id               bigint NOT NULL REFERENCES control_plan_task (id),
    due_date              date,
    date                  date NOT NULL,
    status                text NOT NULL CHECK (status IN ('IN_PROGRESS', 'DONE')),
    note                  text,
    evidence_document_id  bigint REFERENCES control_document (id),
    evidence_file_id      text,
    evidence_text         text,
    recorded_by           text NOT NULL,
    recorded_at           timestamptz NOT NULL
);
CREATE INDEX control_plan_progress_plan ON control_plan_progress (plan_id, task_id, date);
