-- Several gateway instances share what limits a caller: failed sign-ins are counted here, whichever
-- instance saw them, and each instance announces itself, so that a request rate limit is split between
-- the instances alive.
create table sign_in_failure (
    id           bigserial primary key,
    throttle_key text        not null,
    failed_at    timestamptz not null
);
create index sign_in_failure_key on sign_in_failure (throttle_key, failed_at);
create index sign_in_failure_at on sign_in_failure (failed_at);

create table gateway_instance (
    id      uuid primary key,
    seen_at timestamptz not null
);
