-- Accounts can be disabled (and enabled again) by their coordinating office, and a password change
-- or reset ends every token issued before it.
alter table account
    add column disabled_at       timestamptz,
    add column disabled_by       varchar(64),
    add column tokens_valid_from timestamptz;
