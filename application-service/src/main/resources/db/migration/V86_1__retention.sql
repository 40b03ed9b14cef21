-- Retention of personal data (docs/retention.md): what the retention job did to each file, and a
-- report of each of its runs.

-- The day a draft's owners were told it would be deleted; a change after it makes the draft live again.
alter table application add column draft_expiry_warned_at timestamptz;
-- The day a refused, withdrawn or closed file lost its personal data; set once, never undone.
alter table application add column anonymised_at timestamptz;

create index application_drafts_by_last_change on application (updated_at) where status = 'DRAFT';

create table retention_run (
    id                bigint generated always as identity primary key,
    started_at        timestamptz not null,
    finished_at       timestamptz not null,
    drafts_warned     integer     not null,
    drafts_deleted    integer     not null,
    files_anonymised  integer     not null,
    -- files on which the job failed (logged with the reason); tried again at the next run.
    failures          integer     not null
);

-- The trail stays append-only, with one exception: a deleted draft's trail goes with it, as a whole
-- (the draft and its history are the personal data the schedule deletes). The transaction doing it
-- names the draft in the transaction-local setting acte.erased_trail; no other entry may be removed
-- or changed. Other files' trails are separate chains and stay verifiable.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.application_id::text = current_setting('acte.erased_trail', true) then
        return old;
    end if;
    raise exception 'audit_entry is append-only';
end;
$$;
