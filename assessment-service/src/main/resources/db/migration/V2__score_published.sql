-- What was last published of each unit's score per year, so that publishing again announces only the
-- cards that changed.
create table score_published (
    unit_code    varchar(12) not null,
    year         int         not null,
    total        numeric     not null,
    fingerprint  text        not null,
    published_by text        not null,
    published_at timestamptz not null,
    primary key (unit_code, year)
);
