-- assessment-service owns this database. Everything under "facts" is a read model built only from
-- the other services' events and can be rebuilt by replaying their topics; the registers and the
-- feedback are this service's own records.

-- Local copy of the directory (compacted topic `directory`).
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
    region_code varchar(6)  not null
);

-- Facts: one row per plan, whatever order its events arrive in (status only moves forward).
create table plan_fact (
    plan_id        varchar(64) primary key,
    department_id  varchar(64) not null,
    year           int         not null,
    targets        int         not null,
    status         varchar(16) not null,
    status_rank    int         not null,
    submitted_at   timestamptz,
    quota_baseline int,
    quota_limit    int
);
create index plan_fact_dept on plan_fact (department_id, year);

-- Submissions a blocking rule refused, one per attempt.
create table refusal_fact (
    event_id      varchar(80) primary key,
    plan_id       varchar(64) not null,
    department_id varchar(64) not null,
    year          int         not null,
    rules         text        not null,
    attempted_at  timestamptz not null
);
create index refusal_fact_dept on refusal_fact (department_id, year);

-- The latest snapshot of each visit (by event time, then lifecycle rank) and the plans it serves.
create table visit_fact (
    visit_id     varchar(64) primary key,
    unit_code    varchar(12) not null,
    year         int         not null,
    first_day    date,
    days         int         not null,
    status       varchar(16) not null,
    cancelled    boolean     not null,
    version_at   timestamptz not null,
    version_rank int         not null
);
create index visit_fact_unit on visit_fact (unit_code, year);
create table visit_part (
    visit_id      varchar(64) not null references visit_fact (visit_id),
    plan_id       varchar(64) not null,
    department_id varchar(64) not null,
    primary key (visit_id, plan_id)
);
create index visit_part_dept on visit_part (department_id);

create table request_fact (
    request_id       varchar(64) primary key,
    department_id    varchar(64) not null,
    year             int         not null,
    filed_at         timestamptz not null,
    fields_requested int         not null,
    answered_shared  int         not null,
    asked_of_units   int         not null,
    coalesced        int         not null,
    minutes_saved    int         not null
);
create index request_fact_dept on request_fact (department_id, year);
create table request_unit (
    request_id varchar(64) not null,
    unit_code  varchar(12) not null,
    primary key (request_id, unit_code)
);
create index request_unit_unit on request_unit (unit_code);

create table task_fact (
    task_id       varchar(64) primary key,
    unit_code     varchar(12) not null,
    department_id varchar(64) not null,
    request_id    varchar(64),
    year          int         not null,
    month         int         not null,
    fields        int         not null,
    minutes       int         not null
);
create index task_fact_unit on task_fact (unit_code, year);
create index task_fact_dept on task_fact (department_id, year);

-- The latest version of each shared value, and each inspection result's rating: inputs of scores.
create table unit_value (
    unit_code   varchar(12) not null,
    indicator   varchar(64) not null,
    period      varchar(10) not null,
    value       numeric     not null,
    version     int         not null,
    source      varchar(32) not null,
    reported_at timestamptz not null,
    primary key (unit_code, indicator, period)
);
create table result_fact (
    result_id     varchar(64) primary key,
    visit_id      varchar(64) not null,
    plan_id       varchar(64) not null,
    unit_code     varchar(12) not null,
    department_id varchar(64) not null,
    category_code varchar(64) not null,
    visit_date    date        not null,
    rating        int         not null
);
create index result_fact_unit on result_fact (unit_code, visit_date);

-- Department-years whose ledger row may have changed since it was last published, and what was.
create table ledger_dirty (
    department_id varchar(64) not null,
    year          int         not null,
    primary key (department_id, year)
);
create table ledger_published (
    department_id varchar(64) not null,
    year          int         not null,
    figures       text        not null,
    published_at  timestamptz not null,
    primary key (department_id, year)
);

-- Registers (this service's own records).
create table assessment_indicator (
    code           varchar(64) primary key,
    name           text          not null,
    description    text,
    evidence_kind  varchar(32)   not null,
    evidence       text          not null,
    mandate_body   text          not null,
    mandate_doc    text          not null,
    mandate_date   date          not null,
    mandate_level  varchar(16)   not null,
    source         varchar(32)   not null,
    data_indicator varchar(64),
    direction      varchar(16)   not null,
    target         numeric       not null,
    weight         numeric       not null,
    region_code    varchar(6)    not null,
    created_by     text          not null,
    created_at     timestamptz   not null
);
create table veto_item (
    code          varchar(64) primary key,
    title         text        not null,
    description   text,
    mandate_body  text        not null,
    mandate_doc   text        not null,
    mandate_date  date        not null,
    mandate_level varchar(16) not null,
    created_by    text        not null,
    created_at    timestamptz not null
);

create table feedback (
    id          uuid primary key,
    unit_code   varchar(12) not null,
    item_type   varchar(8)  not null,
    item_id     varchar(64) not null,
    rating      int         not null check (rating between 1 and 5),
    comment     text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    unique (unit_code, item_type, item_id)
);
create index feedback_item on feedback (item_type, item_id);

-- Outbox and inbox (see platform-service).
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
