-- Directory: the administrative regions (province, city, county) and the grassroots units under them.
create table region (
    code        varchar(6)  primary key,
    name        text        not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(6)  references region (code)
);
create index region_parent on region (parent_code);

create table unit (
    code          varchar(12) primary key,
    name          text        not null,
    level         varchar(16) not null check (level in ('TOWNSHIP', 'VILLAGE', 'ENTERPRISE', 'SCHOOL')),
    parent_code   varchar(12) not null,
    county_code   varchar(6)  not null references region (code),
    city_code     varchar(4)  not null,
    province_code varchar(2)  not null
);
create index unit_parent on unit (parent_code, code);
create index unit_county_level on unit (county_code, level, code);

create table department (
    id          varchar(64) primary key,
    name        text        not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    region_code varchar(6)  not null references region (code),
    created_at  timestamptz not null default now()
);
create index department_region on department (region_code);

create table category (
    code       varchar(32) primary key,
    name       text        not null,
    group_code varchar(32) not null
);

-- Policy: rule parameters, quotas and blackouts a coordinator sets for a region and year.
create table policy (
    region_code varchar(6)  not null references region (code),
    year        int         not null,
    document    text        not null,
    updated_by  text        not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    primary key (region_code, year)
);

-- Plans and their resolved plan-targets.
create table plan (
    id                uuid primary key,
    department_id     varchar(64) not null references department (id),
    department_region varchar(6)  not null,
    year              int         not null,
    title             text        not null,
    kind              varchar(16) not null,
    scope             varchar(16) not null,
    category_code     varchar(32) not null references category (code),
    target_selector   text,
    target_count      int         not null,
    window_start      date        not null,
    window_end        date        not null,
    on_site_days      int         not null,
    team_size         int         not null,
    materials         text        not null,
    mandate           text,
    veto_item         text,
    status            varchar(16) not null,
    findings          text        not null,
    accepted_findings text,
    decision_reason   text,
    decided_by        text,
    decided_at        timestamptz,
    submitted_at      timestamptz,
    cancel_reason     text,
    cancelled_at      timestamptz,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check (window_start <= window_end)
);
create index plan_department_year on plan (department_id, year, status);
create index plan_region_year on plan (department_region, year, status);

create table plan_target (
    plan_id   uuid        not null references plan (id) on delete cascade,
    unit_code varchar(12) not null references unit (code),
    primary key (plan_id, unit_code)
);
create index plan_target_unit on plan_target (unit_code);

-- Transactional outbox: events commit with the state change; the relay publishes them in id order.
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
