-- Feedback on administrative regulations (phản ánh, kiến nghị — Decree 20/2008/NĐ-CP as amended; 766 formula
-- description §5.2–5.3). One row per feedback in the agency's register (sổ tiếp nhận PAKN), its history in
-- feedback_event, the deadlines of a versioned rule set.

-- The working-day limits, versioned by effective date like the dossier rule sets: the row in force on the day a
-- feedback is received applies to it for its whole life.
CREATE TABLE feedback_rule_set (
    id                        serial PRIMARY KEY,
    effective_from            date    NOT NULL UNIQUE,
    refusal_days              integer NOT NULL CHECK (refusal_days > 0),
    first_supplement_days     integer NOT NULL CHECK (first_supplement_days > 0),
    forward_days              integer NOT NULL CHECK (forward_days > 0),
    handling_days             integer NOT NULL CHECK (handling_days > 0),
    publication_days          integer NOT NULL CHECK (publication_days > 0),
    -- UNCONFIRMED in the law: whether a received supplement restarts the handling clock. The national system
    -- treats a supplemented feedback as waiting for receipt again, so the careful reading is yes.
    supplement_restarts_clock boolean NOT NULL,
    basis                     text    NOT NULL
);

INSERT INTO feedback_rule_set (effective_from, refusal_days, first_supplement_days, forward_days, handling_days,
                               publication_days, supplement_restarts_clock, basis)
VALUES ('2008-01-01', 2, 5, 5, 15, 2, true,
        'Nghị định 20/2008/NĐ-CP (Điều 9: chuyển trong 5 ngày làm việc); mô tả công thức Bộ chỉ số 766, mục 5.2');

-- The register's numbering: one row per agency and year, taken with UPDATE … RETURNING.
CREATE TABLE feedback_register (
    agency_code text    NOT NULL,
    year        integer NOT NULL,
    last_number integer NOT NULL,
    PRIMARY KEY (agency_code, year)
);

CREATE TABLE feedback (
    id                      bigserial PRIMARY KEY,
    code                    text        NOT NULL UNIQUE,
    agency_code             text        NOT NULL,
    register_year           integer     NOT NULL,
    register_number         integer     NOT NULL,
    lookup_secret           text        NOT NULL,
    idempotency_key         text,
    version                 integer     NOT NULL DEFAULT 1,
    status                  text        NOT NULL,
    kind                    text        NOT NULL CHECK (kind IN ('REPORT', 'RECOMMENDATION')),
    category                smallint    NOT NULL CHECK (category BETWEEN 1 AND 8),
    subject                 text        NOT NULL,
    content                 text        NOT NULL,
    procedure_code          text,
    dossier_code            text,
    submitter_type          text        NOT NULL CHECK (submitter_type IN ('CITIZEN', 'ORGANIZATION')),
    submitter_name          text        NOT NULL,
    submitter_address       text        NOT NULL,
    submitter_phone         text,
    submitter_email         text,
    channel                 text        NOT NULL,
    received_at             timestamptz NOT NULL,
    received_by             text,
    rule_set_id             integer     NOT NULL REFERENCES feedback_rule_set (id),
    -- The handling clock starts at receipt, or at the latest received supplement when the rule set says so.
    clock_started_at        timestamptz NOT NULL,
    refusal_due             timestamptz NOT NULL,
    first_supplement_due    timestamptz NOT NULL,
    forward_due             timestamptz NOT NULL,
    handling_due            timestamptz NOT NULL,
    publication_due         timestamptz,
    -- The due instant of what the feedback waits for now (classification, handling, publication); NULL while the
    -- submitter is asked for a supplement and once it is closed. Queues flag overdue and near-due on it.
    stage_due               timestamptz,
    classification          text,
    classified_at           timestamptz,
    reject_reason           text,
    forward_target          text,
    first_supplement_at     timestamptz,
    supplement_request      text,
    status_before_supplement text,
    unit_code               text,
    assignee                text,
    answer_text             text,
    answer_outcome          text,
    review                  jsonb,
    answered_at             timestamptz,
    answered_by             text,
    published_at            timestamptz,
    publication_channels    text[],
    -- Reached refused, forwarded or answered (the 766 "handled" family), and whether within its limit.
    handled_at              timestamptz,
    handled_on_time         boolean,
    rating                  text CHECK (rating IN ('SATISFIED', 'NOT_SATISFIED')),
    rating_comment          text,
    rated_at                timestamptz,
    updated_at              timestamptz NOT NULL,
    -- What the public answers are searched by (never the submitter's name: a name must not find its feedback).
    search_text             text GENERATED ALWAYS AS (catalog_fold(subject || ' ' || content || ' '
                                || coalesce(answer_text, ''))) STORED,
    -- What officers search the register by: the same, and the submitter's name.
    register_text           text GENERATED ALWAYS AS (catalog_fold(subject || ' ' || content || ' '
                                || coalesce(answer_text, '') || ' ' || submitter_name)) STORED,
    UNIQUE (agency_code, register_year, register_number),
    UNIQUE (agency_code, idempotency_key)
);

-- The register page and the queue: an agency's feedback, newest first, optionally by status (with the id, so a
-- page's ids come from the index alone, however deep the page).
CREATE INDEX feedback_register_order ON feedback (agency_code, received_at DESC, id DESC);
CREATE INDEX feedback_status ON feedback (agency_code, status, received_at DESC, id DESC);
-- Overdue and near-due queues, most urgent first.
CREATE INDEX feedback_stage_due ON feedback (agency_code, stage_due, id) WHERE stage_due IS NOT NULL;
-- Report figures by period: received, handled, published.
CREATE INDEX feedback_handled ON feedback (agency_code, handled_at) WHERE handled_at IS NOT NULL;
-- (also the public answers, newest first: read backwards)
CREATE INDEX feedback_published ON feedback (agency_code, published_at, id) WHERE published_at IS NOT NULL;
-- The register's search box (words anywhere in subject, content, answer or the submitter's name, folded).
CREATE INDEX feedback_register_fts ON feedback USING gin (to_tsvector('simple', register_text));
-- The public list of published answers, searched without diacritics.
CREATE INDEX feedback_answers_fts ON feedback USING gin (to_tsvector('simple', search_text))
    WHERE published_at IS NOT NULL;

CREATE TABLE feedback_event (
    id            bigserial PRIMARY KEY,
    feedback_id   bigint      NOT NULL REFERENCES feedback (id),
    action        text        NOT NULL,
    status_before text,
    status_after  text        NOT NULL,
    actor         text,
    at            timestamptz NOT NULL,
    note          text,
    data          jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX feedback_event_feedback ON feedback_event (feedback_id, id);
