-- The W3C trace context of the change each event reports (CloudEvents Distributed Tracing
-- extension): the relay sends it with the event, and consumers continue the trace.
alter table outbox_event add column traceparent varchar(128);
