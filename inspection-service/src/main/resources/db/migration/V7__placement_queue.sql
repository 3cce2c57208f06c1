-- Plans approved and not yet placed into their year's schedule. An approval commits its row with the
-- decision; the placement worker deletes it in the transaction that places the plan, so an approved
-- plan is never lost between the two, whatever stops in between. A row that fails is kept and tried
-- again later (attempts, next_attempt_at, last_error say how it went).
create table placement_queue (
    plan_id         uuid         primary key references plan (id) on delete cascade,
    year            int          not null,
    queued_at       timestamptz  not null default now(),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(500)
);
create index placement_queue_due on placement_queue (next_attempt_at, queued_at);
