-- This service's copy of the official holiday arrangements loaded in inspection-service, kept from
-- calendar.published.v1 on the directory topic: one row per year, the highest revision wins.
create table official_calendar (
    year        int          primary key,
    holidays    text         not null,
    workdays    text         not null,
    source      varchar(200) not null,
    loaded_by   text         not null,
    loaded_at   timestamptz  not null,
    revision    bigint       not null,
    received_at timestamptz  not null
);
