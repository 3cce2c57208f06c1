-- The transactional outbox every service has, as this library uses it, shipped once: each service adds
-- db/outbox to quarkus.flyway.locations. A repeatable migration, run after the service's own versioned
-- ones whenever this file changes, so every statement is idempotent. Services created the table in
-- their first migrations before it lived here (those stay as they are); a change of the outbox is made
-- here only, by adding statements.
create table if not exists outbox_event (
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
create index if not exists outbox_unpublished on outbox_event (id) where published_at is null;

-- A row Kafka refuses for good is parked: the relay skips it, later rows of its key wait behind it
-- (RELIABILITY.md says how an operator releases one).
alter table outbox_event add column if not exists parked_at timestamptz;
alter table outbox_event add column if not exists park_reason text;
create index if not exists outbox_parked on outbox_event (event_key, id)
    where parked_at is not null and published_at is null;

-- Each event keeps the trace and the request id of the work that wrote it (the W3C traceparent of its
-- span, and X-Request-Id), for the relay to send as the Kafka headers traceparent and request-id: the
-- consumers continue the trace and log the request id. Null for an event written outside a request.
alter table outbox_event add column if not exists trace_parent varchar(55);
alter table outbox_event add column if not exists request_id varchar(64);
