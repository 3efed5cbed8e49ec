-- Identity: how the public reaches an agency, shown on the home page and edited by the administrator.
-- Office hours are not stored here: they are the calendar's (calendar_office_hours), the same ones deadlines use.

ALTER TABLE agency
    ADD COLUMN address varchar(500),   -- the one-stop desk's street address, as printed for the public
    ADD COLUMN hotline varchar(30),    -- phone line for questions about procedures and dossiers
    ADD COLUMN email   varchar(200),
    ADD CONSTRAINT agency_hotline_format CHECK (hotline IS NULL OR hotline ~ '^[0-9+(][0-9 .()-]{2,29}$'),
    ADD CONSTRAINT agency_email_format CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
