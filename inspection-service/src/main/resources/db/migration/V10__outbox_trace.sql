-- Each event keeps the trace and the request id of the work that wrote it (the W3C traceparent of its
-- span, and X-Request-Id), for the relay to send as the Kafka headers traceparent and request-id: the
-- consumers continue the trace and log the request id. Null for an event written outside a request.
alter table outbox_event add column trace_parent varchar(55);
alter table outbox_event add column request_id varchar(64);
