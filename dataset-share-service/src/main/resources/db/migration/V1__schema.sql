-- Local copies of the directory, kept from the compacted directory topic.
create table unit (
    code          varchar(12) primary key,
    name          text        not null,
    level         varchar(16) not null,
    parent_code   varchar(12),
    county_code   varchar(6),
    city_code     varchar(4),
    province_code varchar(2)
);
create table department (
    id          varchar(64) primary key,
    name        text        not null,
    level       varchar(16) not null,
    region_code varchar(6)  not null,
    groups      text        not null default ''
);

-- The data catalog: what can be asked, who owns it, how long a value answers, who may read it.
create table indicator (
    code                varchar(64) primary key,
    name                text          not null,
    unit_of_measure     text          not null,
    owner_department    varchar(64)   not null,
    freshness_days      int           not null check (freshness_days >= 0),
    sensitivity         varchar(16)   not null check (sensitivity in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    value_type          varchar(16)   not null check (value_type in ('INTEGER', 'DECIMAL')),
    min_value           numeric,
    max_value           numeric,
    minutes_per_field   int           not null default 5,
    granted_departments text          not null default '',
    granted_groups      text          not null default '',
    created_at          timestamptz   not null default now()
);

-- Every value ever reported: a correction is a new version, history is kept.
create table data_value (
    id            bigserial primary key,
    unit_code     varchar(12) not null,
    indicator     varchar(64) not null references indicator (code),
    period        varchar(10) not null,
    version       int         not null,
    value         numeric     not null,
    source        varchar(16) not null check (source in ('UNIT_REPORT', 'INSPECTION', 'AUDIT', 'STATISTICS')),
    source_ref    text,
    reported_by   text        not null,
    reported_at   timestamptz not null,
    unique (unit_code, indicator, period, version)
);
create index data_value_current on data_value (unit_code, indicator, period, version desc);
-- One inspection result or import row stores its value once, however often it is delivered.
create unique index data_value_source_once on data_value (source, source_ref, unit_code, indicator, period)
    where source_ref is not null;

-- Data requests (填表报数) and their fields: answered from shared data, or waiting on a unit's task.
create table data_request (
    id                 uuid primary key,
    department_id      varchar(64) not null,
    title              text        not null,
    period             varchar(10) not null,
    due_date           date        not null,
    status             varchar(16) not null check (status in ('OPEN', 'ANSWERED')),
    fields_total       int         not null,
    answered_shared    int         not null,
    asked_of_units     int         not null,
    coalesced          int         not null,
    minutes_saved      int         not null,
    created_by         text        not null,
    created_at         timestamptz not null,
    answered_at        timestamptz
);
create index data_request_department on data_request (department_id, created_at);

create table task (
    id           uuid primary key,
    unit_code    varchar(12) not null,
    period       varchar(10) not null,
    status       varchar(16) not null check (status in ('OPEN', 'FULFILLED')),
    due_date     date        not null,
    created_at   timestamptz not null,
    fulfilled_at timestamptz,
    version      bigint      not null default 0
);
create index task_unit on task (unit_code, status);

create table task_field (
    task_id   uuid        not null references task (id),
    unit_code varchar(12) not null,
    indicator varchar(64) not null,
    period    varchar(10) not null,
    open      boolean     not null,
    primary key (task_id, indicator)
);
-- Two requests that need the same missing field share one task field.
create unique index task_field_open_once on task_field (unit_code, indicator, period) where open;

create table request_field (
    request_id uuid        not null references data_request (id),
    unit_code  varchar(12) not null,
    indicator  varchar(64) not null,
    status     varchar(16) not null check (status in ('ANSWERED', 'PENDING')),
    answered_from varchar(16),
    value_id   bigint references data_value (id),
    task_id    uuid references task (id),
    primary key (request_id, unit_code, indicator)
);
create index request_field_pending on request_field (unit_code, indicator) where status = 'PENDING';

-- Who read a unit's data, what, when and for which request; denied reads too.
create table access_log (
    id            bigserial primary key,
    unit_code     varchar(12) not null,
    department_id varchar(64),
    caller        text        not null,
    indicator     varchar(64) not null,
    period        varchar(10),
    request_id    uuid,
    outcome       varchar(8)  not null check (outcome in ('READ', 'DENIED')),
    reason        text,
    at            timestamptz not null
);
create index access_log_unit on access_log (unit_code, at desc);

-- Transactional outbox and the inbox of processed events (idempotent consumers).
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        varchar(64) not null,
    event_key    text        not null,
    event_type   varchar(64) not null,
    subject      text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz
);
create index outbox_unpublished on outbox_event (id) where published_at is null;

create table processed_event (
    event_id     varchar(80) primary key,
    topic        varchar(64) not null,
    processed_at timestamptz not null
);
