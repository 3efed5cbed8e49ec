-- Periodic TTHC control reports (module periodic): what the control officer wrote around the figures, kept per
-- agency, kind (quarter, half year, year, self-inspection) and period. A period has at most one draft, whose figures
-- are computed when read; issuing it freezes its content (every section's figures and lists, as JSON), its figures
-- by key (to show what changed in a later draft) and its DOCX (kept by the file storage), with its number and date.
-- Later data never changes an issued report. Times from the application's Clock.

CREATE TABLE periodic_report (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code   text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('QUARTER', 'HALF', 'YEAR', 'SELF_INSPECTION')),
    period_name   text NOT NULL,
    period_type   text NOT NULL CHECK (period_type IN ('REPORTING', 'CALENDAR')),
    period_from   date NOT NULL,
    period_to     date NOT NULL,
    status        text NOT NULL CHECK (status IN ('DRAFT', 'ISSUED')),
    narrative     jsonb NOT NULL,
    -- set when issued, never changed afterwards
    revision      int CHECK (revision > 0),
    number        text,
    issued_on     date,
    issued_by     text,
    issued_at     timestamptz,
    content       jsonb,
    figures       jsonb,
    document_key  text,
    version       int NOT NULL DEFAULT 1,
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_by    text NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK (status = 'DRAFT' OR (revision IS NOT NULL AND number IS NOT NULL AND issued_on IS NOT NULL
        AND content IS NOT NULL AND figures IS NOT NULL AND document_key IS NOT NULL))
);
-- one draft per agency, kind and period; issued versions numbered 1, 2, … per agency, kind and period
CREATE UNIQUE INDEX periodic_report_draft ON periodic_report (agency_code, kind, period_name, period_type)
    WHERE status = 'DRAFT';
CREATE UNIQUE INDEX periodic_report_revision ON periodic_report (agency_code, kind, period_name, period_type, revision)
    WHERE status = 'ISSUED';
-- the agency's reports, newest period first
CREATE INDEX periodic_report_agency ON periodic_report (agency_code, period_from DESC, id DESC);
