-- A row Kafka refuses for good (too large for the topic, an invalid topic name, a value the client
-- cannot serialize) is parked: the relay skips it, and later rows of the same key wait behind it, so
-- one key's order holds while other keys go on. An operator releases it after fixing the cause:
--   update outbox_event set parked_at = null, park_reason = null where id = ...;
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column park_reason text;
-- The relay asks, for each row it reads, whether its key has an unpublished parked row before it.
create index outbox_parked on outbox_event (event_key, id) where parked_at is not null and published_at is null;
