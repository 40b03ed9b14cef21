-- The officers' queue is read newest first, 25 rows at a time: in this order, PostgreSQL reads the
-- page's rows from the index instead of sorting every file.
create index application_queue_order on application ((coalesce(submitted_at, created_at)) desc, reference desc);
