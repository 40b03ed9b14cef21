-- payment-service's own tables arrive with grant accounts and schedules; the shared outbox and
-- processed-event tables (db/messaging) are already in place.
select 1;
