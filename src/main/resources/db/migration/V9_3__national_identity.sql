-- Sign-in with the national electronic identity (VNeID, the national portal's single sign-on): issue 20.

-- identity: one row per person known by their 12-digit personal identity number (số định danh cá nhân), linked to
-- the one account they sign in to, whichever provider they came through; the attributes as the provider last sent
-- them (the submission form is filled from them), and the representative's organisation where the provider names it.
CREATE TABLE national_identity (
    id_number         char(12)     PRIMARY KEY CHECK (id_number ~ '^[0-9]{12}$'),
    user_id           bigint       NOT NULL UNIQUE REFERENCES user_account (id) ON DELETE CASCADE,
    full_name         varchar(200) NOT NULL,
    birth_date        date,
    gender            varchar(20),
    address           varchar(500),
    phone             varchar(30),
    email             varchar(200),
    enterprise_code   varchar(20),                -- MaSoDoanhNghiep / MaSoThue of the organisation represented
    enterprise_name   varchar(300),
    enterprise_address varchar(500),
    provider          varchar(20)  NOT NULL,      -- the provider of the last sign-in (vneid, dvcqg)
    assurance_level   smallint     NOT NULL CHECK (assurance_level BETWEEN 0 AND 4),
    first_signed_in   timestamptz  NOT NULL,
    last_signed_in    timestamptz  NOT NULL
);
CREATE INDEX national_identity_enterprise_idx ON national_identity (enterprise_code) WHERE enterprise_code IS NOT NULL;

-- Each provider's own subject of the person (they differ between providers): kept for the record, never used to link.
CREATE TABLE national_identity_subject (
    provider    varchar(20)  NOT NULL,
    subject     varchar(200) NOT NULL,
    id_number   char(12)     NOT NULL REFERENCES national_identity (id_number) ON DELETE CASCADE,
    first_seen  timestamptz  NOT NULL,
    PRIMARY KEY (provider, subject)
);

-- dossier: how the applicant who submitted online was identified (NULL: not through a national identity).
ALTER TABLE dossier ADD COLUMN applicant_identity_provider varchar(20);
ALTER TABLE dossier ADD COLUMN applicant_assurance_level smallint
    CHECK (applicant_assurance_level IS NULL OR applicant_assurance_level BETWEEN 0 AND 4);

-- catalog: the lowest assurance level a procedure accepts online (NULL: any account).
ALTER TABLE catalog_procedure ADD COLUMN min_assurance_level smallint
    CHECK (min_assurance_level IS NULL OR min_assurance_level BETWEEN 1 AND 4);
