-- The TTHC control officer's records besides dossiers and feedback (module control, hoạt động kiểm soát TTHC):
-- directive documents, communications, inspections, reviews and simplification options (Circular 02/2017/TT-VPCP)
-- and draft legal documents containing TTHC. Every row belongs to one agency, carries an optimistic version and
-- who created / last changed it and when (times from the application's Clock).

CREATE TABLE control_document (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code  text NOT NULL,
    number       text NOT NULL,
    date         date NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('PLAN', 'DISPATCH', 'DECISION', 'REPORT', 'OTHER')),
    summary      text NOT NULL,
    file_id      text,
    version      int NOT NULL DEFAULT 1,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_by   text NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX control_document_agency_date ON control_document (agency_code, date);

CREATE TABLE control_communication (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code  text NOT NULL,
    date         date NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('ARTICLE', 'DOCUMENT', 'CONFERENCE', 'BROADCAST', 'OTHER')),
    title        text NOT NULL,
    channel      text,
    link         text,
    audience     text,
    visits       bigint CHECK (visits >= 0),
    version      int NOT NULL DEFAULT 1,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_by   text NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX control_communication_agency_date ON control_communication (agency_code, date);

CREATE TABLE control_inspection (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code      text NOT NULL,
    title            text NOT NULL,
    status           text NOT NULL CHECK (status IN ('PLANNED', 'CONDUCTED')),
    planned_date     date,
    conducted_date   date,
    units_inspected  text,
    findings         text,
    violations       int NOT NULL DEFAULT 0 CHECK (violations >= 0),
    rewards          int NOT NULL DEFAULT 0 CHECK (rewards >= 0),
    rewards_text     text,
    disciplined      int NOT NULL DEFAULT 0 CHECK (disciplined >= 0),
    discipline_text  text,
    version          int NOT NULL DEFAULT 1,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_by       text NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (status <> 'CONDUCTED' OR conducted_date IS NOT NULL),
    CHECK (planned_date IS NOT NULL OR conducted_date IS NOT NULL)
);
CREATE INDEX control_inspection_agency ON control_inspection (agency_code, conducted_date);

-- One row per TTHC of a year's review plan: the plan item, the finding and the simplification option, its status.
CREATE TABLE control_review (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code         text NOT NULL,
    plan_year           int NOT NULL CHECK (plan_year BETWEEN 1900 AND 2199),
    procedure_code      text NOT NULL,
    procedure_name      text NOT NULL,
    due_date            date NOT NULL,
    responsible         text,
    reviewed_date       date,
    finding             text,
    option_kind         text CHECK (option_kind IN ('CUT_TIME_LIMIT', 'REMOVE_COMPONENT', 'SIMPLIFY_COMPONENT',
                                                    'SIMPLIFY_FORM', 'SIMPLIFY_REQUIREMENT', 'ABOLISH', 'OTHER')),
    option_text         text,
    time_limit_from     int CHECK (time_limit_from > 0),
    time_limit_to       int CHECK (time_limit_to >= 0),
    status              text NOT NULL CHECK (status IN ('PROPOSED', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED')),
    decision_number     text,
    decision_date       date,
    catalog_version_id  text,
    version             int NOT NULL DEFAULT 1,
    created_by          text NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_by          text NOT NULL,
    updated_at          timestamptz NOT NULL,
    CHECK (option_kind IS DISTINCT FROM 'CUT_TIME_LIMIT'
           OR (time_limit_from IS NOT NULL AND time_limit_to IS NOT NULL AND time_limit_to < time_limit_from)),
    CHECK (status NOT IN ('APPROVED', 'IMPLEMENTED') OR (decision_number IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX control_review_agency ON control_review (agency_code, due_date);

CREATE TABLE control_legal_draft (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code             text NOT NULL,
    name                    text NOT NULL,
    tthc_count              int NOT NULL CHECK (tthc_count >= 0),
    impact_assessment_date  date,
    consultation_date       date,
    appraisal_date          date,
    issuance_date           date,
    version                 int NOT NULL DEFAULT 1,
    created_by              text NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_by              text NOT NULL,
    updated_at              timestamptz NOT NULL
);
CREATE INDEX control_legal_draft_agency ON control_legal_draft (agency_code);
