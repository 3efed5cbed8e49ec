-- Identity: agencies (cơ quan) as a tree with history, their units (đơn vị), users and their scoped roles.
-- Agency and unit codes are the natural keys: they are what dossier codes, other modules and outside
-- systems use. Times are written by the application from its injected clock, never by now().

CREATE TABLE agency (
    code        varchar(20)  PRIMARY KEY,
    name        varchar(300) NOT NULL,
    parent_code varchar(20)  REFERENCES agency (code),
    valid_from  date         NOT NULL,
    valid_to    date,                           -- last day in force (inclusive); NULL while in force
    created_at  timestamptz  NOT NULL,
    -- national V1V2V3.Z1Z2.Y1Y2.MX1X2 (Circular 10/2016) or centralised MX1X2.Y1Y2Y3.Z1Z2 (Circular 03/2025)
    CONSTRAINT agency_code_format CHECK (code ~ '^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|[A-Z]\d{2}\.\d{3}\.\d{2})$'),
    CONSTRAINT agency_name_present CHECK (btrim(name) <> ''),
    CONSTRAINT agency_not_own_parent CHECK (parent_code <> code),
    CONSTRAINT agency_validity_ordered CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE INDEX agency_parent_idx ON agency (parent_code);

-- Mergers: the successor was formed from its predecessors (many to many, history is never rewritten).
CREATE TABLE agency_succession (
    predecessor_code varchar(20) NOT NULL REFERENCES agency (code),
    successor_code   varchar(20) NOT NULL REFERENCES agency (code),
    PRIMARY KEY (successor_code, predecessor_code),
    CONSTRAINT agency_succession_not_itself CHECK (predecessor_code <> successor_code)
);

CREATE INDEX agency_succession_predecessor_idx ON agency_succession (predecessor_code);

CREATE TABLE agency_unit (
    agency_code varchar(20)  NOT NULL REFERENCES agency (code),
    code        varchar(30)  NOT NULL,
    name        varchar(300) NOT NULL,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (agency_code, code),
    CONSTRAINT agency_unit_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9._-]{0,29}$'),
    CONSTRAINT agency_unit_name_present CHECK (btrim(name) <> '')
);

CREATE TABLE user_account (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        varchar(50)  NOT NULL,
    password_hash   varchar(255) NOT NULL,
    full_name       varchar(200) NOT NULL,
    enabled         boolean      NOT NULL DEFAULT true,
    failed_attempts integer      NOT NULL DEFAULT 0,   -- consecutive failed logins since the last success
    locked_until    timestamptz,                       -- login refused before this instant
    created_at      timestamptz  NOT NULL,
    version         integer      NOT NULL DEFAULT 0,   -- optimistic locking of administrative edits
    CONSTRAINT user_account_failed_attempts_positive CHECK (failed_attempts >= 0)
);

-- One account per name whatever the case: "Admin" and "admin" are the same person.
CREATE UNIQUE INDEX user_account_username_unique ON user_account (lower(username));

CREATE TABLE user_role_grant (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role        varchar(30) NOT NULL,
    agency_code varchar(20) REFERENCES agency (code),
    unit_code   varchar(30),
    FOREIGN KEY (agency_code, unit_code) REFERENCES agency_unit (agency_code, code),
    CONSTRAINT user_role_grant_role_known CHECK (role IN ('APPLICANT', 'DESK_OFFICER', 'SPECIALIST', 'UNIT_HEAD',
                                                         'LEADER', 'CONTROL_OFFICER', 'ADMINISTRATOR')),
    -- only applicants and system administrators act without an agency
    CONSTRAINT user_role_grant_agency_required CHECK (agency_code IS NOT NULL OR role IN ('APPLICANT', 'ADMINISTRATOR')),
    CONSTRAINT user_role_grant_unit_needs_agency CHECK (unit_code IS NULL OR agency_code IS NOT NULL)
);

CREATE UNIQUE INDEX user_role_grant_unique
    ON user_role_grant (user_id, role, coalesce(agency_code, ''), coalesce(unit_code, ''));
-- "who are the desk officers of this agency?"
CREATE INDEX user_role_grant_agency_idx ON user_role_grant (agency_code, role);
