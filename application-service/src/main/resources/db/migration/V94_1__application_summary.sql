-- The deposited files counted and summed by what the officers' queue and the statistics filter and
-- group by, kept with the files, so that reading the counters costs the same with 100 files or
-- 100,000 (the target "costs that do not grow with the data" in docs/benchmarks.md).
--
-- application_summary: the folded figures, one row per key (call, status, stage, département of the
-- first commune, year of submission in Paris, eligibility as assessed). application_summary_delta:
-- what each statement on the files changed, +1 / -1 per key with the amounts, insert-only so that
-- concurrent deposits never wait on a shared counter row. ApplicationSummary folds the deltas into
-- the summary every few seconds (one transaction, one replica at a time). Read through
-- application_summary_current: summary plus pending deltas, in the reading statement's snapshot,
-- hence exact at any time.
--
-- Why statement-level triggers with transition tables write the deltas, rather than the services:
-- they see every path that changes a file (Hibernate's updates, the retention job's deletions and
-- anonymisations, a bulk SQL insert, an operator's correction by hand) in the changing transaction,
-- and they cost one insert per statement whatever the number of rows, none when no key nor amount
-- moved (the before and after images cancel out). PostgreSQL allows transition tables on one event
-- per trigger (and without a column list), hence one trigger per event sharing one function.
-- Drafts are left out: neither the queue nor the statistics count them.

-- Nothing changes the files while they are counted and the triggers are put in place.
lock table application, application_commune in share row exclusive mode;

-- The département a file is counted under, kept on its row by the communes' trigger below: the
-- file's trigger then finds it in the row's before and after images, even when the communes are
-- gone by the time it runs (on delete cascade). Not mapped by the entity: the summary alone reads it.
alter table application add column summary_departement varchar(2);
update application a set summary_departement = substr(c.commune_code, 1, 2)
  from application_commune c
 where c.application_id = a.id and c.position = 0;

create table application_summary (
    call_id          uuid        not null,
    status           varchar(24) not null,
    stage            varchar(24),
    departement      varchar(2),
    submitted_year   integer,
    eligible         boolean,
    files            bigint      not null,
    -- A sum of no amount is no sum: how many files have each amount, so that the statistics answer
    -- 0 where no file has one, as summing the files themselves does.
    requested_files  bigint      not null,
    requested_amount numeric     not null,
    proposed_files   bigint      not null,
    proposed_amount  numeric     not null,
    awarded_files    bigint      not null,
    awarded_amount   numeric     not null,
    paid_amount      numeric     not null,
    constraint application_summary_key
        unique nulls not distinct (call_id, status, stage, departement, submitted_year, eligible)
);

create table application_summary_delta (like application_summary);

-- The files of the key as they stand: summary plus the deltas not folded yet.
create view application_summary_current as
select call_id, status, stage, departement, submitted_year, eligible,
       sum(files)::bigint as files,
       sum(requested_files)::bigint as requested_files, sum(requested_amount) as requested_amount,
       sum(proposed_files)::bigint as proposed_files, sum(proposed_amount) as proposed_amount,
       sum(awarded_files)::bigint as awarded_files, sum(awarded_amount) as awarded_amount,
       sum(paid_amount) as paid_amount
  from (select * from application_summary union all select * from application_summary_delta) counted
 group by call_id, status, stage, departement, submitted_year, eligible
having sum(files) <> 0;

-- The existing deposited files.
insert into application_summary
select call_id, status, stage, summary_departement,
       cast(extract(year from submitted_at at time zone 'Europe/Paris') as integer), eligibility_eligible,
       count(*), count(requested_amount), coalesce(sum(requested_amount), 0),
       count(proposed_amount), coalesce(sum(proposed_amount), 0),
       count(awarded_amount), coalesce(sum(awarded_amount), 0), sum(paid_amount)
  from application
 where status <> 'DRAFT'
 group by 1, 2, 3, 4, 5, 6;

-- What a statement on the files changed: its after images added, its before images taken away,
-- grouped by key; a key whose figures did not move writes nothing. The insert and the delete name
-- their one transition table changed_files; an update has both images.
create function application_summary_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        insert into application_summary_delta
        select call_id, status, stage, summary_departement, submitted_year, eligibility_eligible, files,
               requested_files, requested_amount, proposed_files, proposed_amount, awarded_files, awarded_amount,
               paid_amount
          from (select call_id, status, stage, summary_departement,
                       cast(extract(year from submitted_at at time zone 'Europe/Paris') as integer) as submitted_year,
                       eligibility_eligible,
                       sum(sign) as files,
                       coalesce(sum(sign) filter (where requested_amount is not null), 0) as requested_files,
                       coalesce(sum(sign * requested_amount), 0) as requested_amount,
                       coalesce(sum(sign) filter (where proposed_amount is not null), 0) as proposed_files,
                       coalesce(sum(sign * proposed_amount), 0) as proposed_amount,
                       coalesce(sum(sign) filter (where awarded_amount is not null), 0) as awarded_files,
                       coalesce(sum(sign * awarded_amount), 0) as awarded_amount,
                       coalesce(sum(sign * paid_amount), 0) as paid_amount
                  from (select 1 as sign, n.* from changed_files n union all select -1, o.* from old_files o) images
                 where status <> 'DRAFT'
                 group by 1, 2, 3, 4, 5, 6) moved
         where (files, requested_files, requested_amount, proposed_files, proposed_amount, awarded_files,
                awarded_amount, paid_amount) <> (0, 0, 0, 0, 0, 0, 0, 0);
    else
        insert into application_summary_delta
        select call_id, status, stage, summary_departement,
               cast(extract(year from submitted_at at time zone 'Europe/Paris') as integer), eligibility_eligible,
               sign * count(*), sign * count(requested_amount), sign * coalesce(sum(requested_amount), 0),
               sign * count(proposed_amount), sign * coalesce(sum(proposed_amount), 0),
               sign * count(awarded_amount), sign * coalesce(sum(awarded_amount), 0), sign * sum(paid_amount)
          from changed_files, (select case tg_op when 'INSERT' then 1 else -1 end as sign) direction
         where status <> 'DRAFT'
         group by 1, 2, 3, 4, 5, 6, sign;
    end if;
    return null;
end;
$$;

create trigger application_summary_on_insert after insert on application
    referencing new table as changed_files for each statement execute function application_summary_changed();
create trigger application_summary_on_update after update on application
    referencing old table as old_files new table as changed_files
    for each statement execute function application_summary_changed();
create trigger application_summary_on_delete after delete on application
    referencing old table as changed_files for each statement execute function application_summary_changed();

-- A change of the communes sets the département of the files whose first commune it touched (the
-- update fires the file's trigger above, which moves the file from one key to the other).
create function application_summary_communes_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        update application a set summary_departement = head.departement
          from (select touched.id, (select substr(c.commune_code, 1, 2) from application_commune c
                                     where c.application_id = touched.id and c.position = 0) as departement
                  from (select application_id as id from changed_communes
                        union select application_id from old_communes) touched) head
         where a.id = head.id and a.summary_departement is distinct from head.departement;
    else
        update application a set summary_departement = head.departement
          from (select touched.id, (select substr(c.commune_code, 1, 2) from application_commune c
                                     where c.application_id = touched.id and c.position = 0) as departement
                  from (select distinct application_id as id from changed_communes where position = 0) touched) head
         where a.id = head.id and a.summary_departement is distinct from head.departement;
    end if;
    return null;
end;
$$;

create trigger application_summary_on_commune_insert after insert on application_commune
    referencing new table as changed_communes
    for each statement execute function application_summary_communes_changed();
create trigger application_summary_on_commune_update after update on application_commune
    referencing old table as old_communes new table as changed_communes
    for each statement execute function application_summary_communes_changed();
create trigger application_summary_on_commune_delete after delete on application_commune
    referencing old table as changed_communes
    for each statement execute function application_summary_communes_changed();

-- Folds the pending deltas into the summary: those this transaction sees are deleted and added to
-- their keys in one statement (a delta committed meanwhile waits for the next fold); keys left
-- without files go. The caller holds the fold's advisory lock: two replicas never fold at once.
create function application_summary_fold() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    with taken as (
        delete from application_summary_delta returning *
    ), moved as (
        insert into application_summary as s
        select call_id, status, stage, departement, submitted_year, eligible, sum(files), sum(requested_files),
               sum(requested_amount), sum(proposed_files), sum(proposed_amount), sum(awarded_files),
               sum(awarded_amount), sum(paid_amount)
          from taken
         group by call_id, status, stage, departement, submitted_year, eligible
        on conflict on constraint application_summary_key do update
           set files = s.files + excluded.files,
               requested_files = s.requested_files + excluded.requested_files,
               requested_amount = s.requested_amount + excluded.requested_amount,
               proposed_files = s.proposed_files + excluded.proposed_files,
               proposed_amount = s.proposed_amount + excluded.proposed_amount,
               awarded_files = s.awarded_files + excluded.awarded_files,
               awarded_amount = s.awarded_amount + excluded.awarded_amount,
               paid_amount = s.paid_amount + excluded.paid_amount
        returning 1
    )
    select count(*) into folded from taken;
    -- A key whose files all left has nothing but zeros (each file took away what it had added).
    delete from application_summary where files = 0;
    return folded;
end;
$$;
