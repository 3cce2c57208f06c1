-- A unit's secret address for its visit calendar (iCalendar feed). Only the SHA-256 of the secret is
-- kept: the address is shown to the unit once, and a leaked copy of this table opens no feed.
-- Revoking deletes the row; rotating replaces the hash, so the old address stops working at once.
create table calendar_feed (
    unit_code   varchar(12) primary key references unit (code),
    secret_hash char(64)    not null unique,
    created_by  text        not null,
    created_at  timestamptz not null
);
