-- Other names departments give an indicator in their forms, kept by coordinators: one alias names one
-- indicator (alias_key is the alias folded: full-width forms, spaces and punctuation removed).
create table indicator_alias (
    indicator  varchar(64) not null references indicator (code),
    alias      text        not null,
    alias_key  text        not null unique,
    created_by text        not null,
    created_at timestamptz not null default now(),
    primary key (indicator, alias)
);
insert into indicator_alias (indicator, alias, alias_key, created_by) values
('SAFETY_INCIDENTS',         '安全生产事故起数',     '安全生产事故起数',     'catalog'),
('SAFETY_INCIDENTS',         '安全事故起数',         '安全事故起数',         'catalog'),
('RESIDENT_POPULATION',      '常住人口数',           '常住人口数',           'catalog'),
('POPULATION',               '户籍人口数',           '户籍人口数',           'catalog'),
('POPULATION',               '户籍总人口',           '户籍总人口',           'catalog'),
('HOUSEHOLDS',               '总户数',               '总户数',               'catalog'),
('ELDERLY_POPULATION',       '老年人口数',           '老年人口数',           'catalog'),
('LOW_INCOME_HOUSEHOLDS',    '最低生活保障户数',     '最低生活保障户数',     'catalog'),
('COLLECTIVE_INCOME',        '村集体收入',           '村集体收入',           'catalog'),
('GRAIN_AREA',               '粮食种植面积',         '粮食种植面积',         'catalog'),
('SAFETY_HAZARDS_RECTIFIED', '隐患整改数',           '隐患整改数',           'catalog'),
('FOOD_SAMPLES',             '食品抽检批次',         '食品抽检批次',         'catalog'),
('MARKET_ENTITIES',          '市场主体户数',         '市场主体户数',         'catalog'),
('STUDENTS',                 '在校生人数',           '在校生人数',           'catalog');

-- A department's uploaded form: the file as sent, the layout the platform read, and once confirmed the
-- mapping used and the data request it filed (a form is filed once).
create table form (
    id            uuid primary key,
    department_id varchar(64) not null,
    file_name     text        not null,
    kind          varchar(8)  not null check (kind in ('XLSX', 'CSV')),
    content       bytea       not null,
    layout        text        not null,
    signature     varchar(64) not null,
    status        varchar(16) not null check (status in ('DRAFT', 'FILED')),
    title         text,
    period        varchar(10),
    mapping       text,
    rows_total     int        not null,
    columns_mapped int        not null,
    request_id    uuid references data_request (id) unique,
    created_by    text        not null,
    created_at    timestamptz not null,
    filed_at      timestamptz,
    check ((status = 'FILED') = (request_id is not null and mapping is not null and filed_at is not null))
);
create index form_department on form (department_id, created_at desc);

-- The mapping a department confirmed for a set of headers, offered again for its next form with them.
create table form_mapping (
    department_id varchar(64) not null,
    signature     varchar(64) not null,
    columns       text        not null,
    updated_at    timestamptz not null,
    primary key (department_id, signature)
);
