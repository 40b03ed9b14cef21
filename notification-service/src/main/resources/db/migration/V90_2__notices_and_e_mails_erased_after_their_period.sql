-- Notices and the e-mail log follow the files they are about (docs/retention.md): the retention job
-- deletes the notices, and erases from the log the address, the name and the texts sent, once their
-- period has run; the log keeps that an e-mail of a kind went to a person's subject, when, and how.
alter table delivery add column erased_at timestamptz;
alter table delivery alter column subject_line drop not null;
alter table delivery alter column text_body drop not null;
alter table delivery alter column html_body drop not null;
-- Only an erasure empties them.
alter table delivery add constraint delivery_complete_until_erased check (erased_at is not null
    or (subject_line is not null and text_body is not null and html_body is not null));
create index delivery_kept_by_age on delivery (created_at) where erased_at is null;
create index notification_by_age on notification (created_at);

-- The reports of the retention job's runs: when, what it removed, failures.
create table retention_run (
    id                  bigint generated always as identity primary key,
    started_at          timestamptz not null,
    finished_at         timestamptz not null,
    notices_deleted     integer     not null,
    deliveries_erased   integer     not null,
    reminders_deleted   integer     not null,
    recipients_deleted  integer     not null,
    -- steps on which the job failed (logged with the reason); tried again at the next run.
    failures            integer     not null
);
