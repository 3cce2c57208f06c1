-- Joint visits (联合检查) produced by the merge engine, with the plan-targets each serves.
create table visit (
    id              uuid primary key,
    year            int         not null,
    unit_code       varchar(12) not null references unit (code),
    county_code     varchar(6)  not null,
    family          varchar(32) not null,
    visit_date      date        not null,
    days            text        not null,
    lead_department varchar(64) not null,
    team            text        not null,
    materials       text        not null,
    status          varchar(16) not null check (status in ('PLANNED', 'CONFIRMED', 'COMPLETED')),
    itinerary_id    varchar(80),
    confirmed_by    text,
    confirmed_at    timestamptz,
    completed_at    timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);
create index visit_unit_date on visit (unit_code, visit_date);
create index visit_year_status on visit (year, status);

create table visit_member (
    visit_id      uuid        not null references visit (id) on delete cascade,
    plan_id       uuid        not null references plan (id),
    department_id varchar(64) not null,
    category_code varchar(32) not null,
    primary key (visit_id, plan_id)
);
create index visit_member_plan on visit_member (plan_id);
create index visit_member_department on visit_member (department_id);

-- What a team recorded for one plan at one visit; published as result.published.v1.
create table visit_result (
    id               uuid primary key,
    visit_id         uuid        not null references visit (id),
    plan_id          uuid        not null references plan (id),
    findings         text        not null,
    rating           int         not null check (rating between 1 and 5),
    rectifications   text        not null,
    indicator_values text        not null,
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    unique (visit_id, plan_id)
);

-- The last scheduling run of a region and year: what the coordinator saw, and that later approvals
-- of the year are placed into the schedule incrementally.
create table schedule_run (
    region_code  varchar(6)  not null references region (code),
    year         int         not null,
    summary      text        not null,
    ran_by       text        not null,
    ran_at       timestamptz not null,
    primary key (region_code, year)
);
