-- Accounts that may sign in at the gateway. Passwords are stored only as PBKDF2 hashes.
create table account (
    username      varchar(64)  primary key,
    password_hash text         not null,
    role          varchar(16)  not null check (role in ('DEPARTMENT', 'COORDINATOR', 'TEAM', 'UNIT', 'AUDITOR')),
    department_id varchar(64),
    unit_code     varchar(12),
    region        varchar(12)  not null,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null,
    check (role not in ('DEPARTMENT', 'TEAM') or department_id is not null),
    check (role <> 'UNIT' or unit_code is not null)
);
create index account_region on account (region);
