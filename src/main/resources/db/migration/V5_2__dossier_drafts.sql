-- Online submission drafts (bản nháp hồ sơ trực tuyến): what an applicant typed and uploaded for one procedure,
-- kept until they submit it. Owned by the username; the files themselves are in the file storage (by key).
CREATE TABLE dossier_draft (
    id              bigserial PRIMARY KEY,
    username        text NOT NULL,
    form_token      text NOT NULL,            -- issued with the empty form: a repeated first post finds the same draft
    agency_code     text NOT NULL,
    procedure_code  text NOT NULL,
    procedure_name  text NOT NULL,
    applicant       jsonb NOT NULL DEFAULT '{}'::jsonb,   -- type, name, idNumber, phone, email, address
    result_delivery text CHECK (result_delivery IN ('DESK', 'POST', 'ONLINE')),
    files           jsonb NOT NULL DEFAULT '[]'::jsonb,   -- [{document, fileName, key, size}]
    dossier_code    text UNIQUE,              -- set when the draft is submitted
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    submitted_at    timestamptz,
    UNIQUE (username, form_token)
);

CREATE INDEX dossier_draft_owner ON dossier_draft (username, updated_at DESC);
