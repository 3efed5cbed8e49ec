-- Form templates (mẫu đơn, tờ khai) published with a procedure version, one file per required document.
-- Uploading a newer file for the same document adds a row; the latest row is the one offered for download,
-- and the older ones stay on record.
CREATE TABLE catalog_form_template (
    id             bigserial   PRIMARY KEY,
    agency_code    text        NOT NULL,
    procedure_code text        NOT NULL,
    version        integer     NOT NULL,
    document_name  text        NOT NULL,
    file_key       text        NOT NULL,
    file_name      text        NOT NULL,
    content_type   text        NOT NULL,
    size_bytes     bigint      NOT NULL CHECK (size_bytes > 0),
    uploaded_by    text        NOT NULL,
    uploaded_at    timestamptz NOT NULL
);
CREATE INDEX catalog_form_template_of_version
    ON catalog_form_template (agency_code, procedure_code, version, document_name, id DESC);
