-- Reports and the service index count the dossiers whose span [receipt, end of processing] overlaps the period:
-- one GiST lookup finds the carried-over, the newly received, the resolved and the still-open ones together.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- An open dossier's span has no end (a null upper bound is unbounded).
CREATE INDEX dossier_ledger_span ON dossier USING gist (
    agency_code, tstzrange(received_at, CASE WHEN finished_at IS NOT NULL THEN greatest(finished_at, received_at) END,
                           '[]'))
    WHERE received_at IS NOT NULL;

-- The applicant's rating of the service for a returned dossier (TT 32/2017 Art. 12 levels): once, changeable for a
-- configured time; every change is also in the dossier's history.
CREATE TABLE dossier_rating (
    dossier_id     bigint PRIMARY KEY REFERENCES dossier (id),
    overall        text NOT NULL CHECK (overall IN ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    convenience    text CHECK (convenience IN ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    timeliness     text CHECK (timeliness IN ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    attitude       text CHECK (attitude IN ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    comment        text,
    first_rated_at timestamptz NOT NULL,
    rated_at       timestamptz NOT NULL,
    changes        int NOT NULL DEFAULT 0
);
