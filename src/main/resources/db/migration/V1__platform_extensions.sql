-- Text tools that catalog search relies on (they ship with PostgreSQL's contrib).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
