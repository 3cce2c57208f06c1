-- The State Council's holiday arrangement of a year as a province's coordinator loaded it; it
-- replaces the shipped data of that year wholesale. Holidays and workdays are JSON lists
-- ([{date, name}] and [date]). version counts the loads of the year; revision comes from a sequence
-- shared by all years, so every load (even one rolled back) takes a number never seen before: the
-- services compare the list of (year, revision) to know whether their cached calendar is current.
create sequence official_calendar_revision;

create table official_calendar (
    year       int          primary key,
    holidays   text         not null,
    workdays   text         not null,
    source     varchar(200) not null,
    loaded_by  text         not null,
    loaded_at  timestamptz  not null,
    version    bigint       not null default 0,
    revision   bigint       not null
);
