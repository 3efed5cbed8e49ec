-- Official yearly schedules of days off and make-up days (lịch nghỉ lễ, Tết do Chính phủ quyết định).
-- Every recording is a new row: the current schedule of a year is its latest row, and the older rows stay,
-- so a deadline computed in the past can be explained against the calendar as it stood then.
CREATE TABLE calendar_year_schedule (
    id          bigserial   PRIMARY KEY,
    year        integer     NOT NULL CHECK (year BETWEEN 1900 AND 2199),
    schedule    jsonb       NOT NULL,
    basis       text        NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX calendar_year_schedule_current ON calendar_year_schedule (year, id DESC);

-- Office hours of an agency (giờ làm việc); agencies without a row use the default hours.
CREATE TABLE calendar_office_hours (
    agency_code         text        PRIMARY KEY,
    zone                text        NOT NULL,
    windows             jsonb       NOT NULL,
    working_day_minutes integer     NOT NULL CHECK (working_day_minutes BETWEEN 60 AND 1440),
    same_day_cutoff     time        NOT NULL,
    updated_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL
);
