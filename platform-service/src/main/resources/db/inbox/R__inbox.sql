-- The inbox of a service that consumes events, shipped once: each consuming service adds db/inbox to
-- quarkus.flyway.locations. Repeatable and idempotent (see db/outbox/R__outbox.sql): an event id is
-- recorded in the transaction that applies the event, so a redelivery changes nothing.
create table if not exists processed_event (
    event_id     varchar(80) primary key,
    topic        varchar(64) not null,
    processed_at timestamptz not null
);
