-- Bank details are kept for the accounting limitation period after a finished grant's last payment,
-- then erased by the retention job (docs/retention.md): the holder, the account and the address go,
-- the IBAN is kept masked (country, check digits, last four characters). The same for the copy each
-- payment keeps of the account it went to.
alter table bank_account add column erased_at timestamptz;
alter table bank_account alter column holder_name drop not null;
alter table bank_account alter column bic drop not null;
alter table bank_account alter column street_name drop not null;
alter table bank_account alter column post_code drop not null;
alter table bank_account alter column town_name drop not null;
-- Only an erasure empties them.
alter table bank_account add constraint bank_account_complete_until_erased check (erased_at is not null
    or (holder_name is not null and bic is not null and street_name is not null and post_code is not null
        and town_name is not null));

-- The reports of the retention job's runs: when, how many grants' bank details were erased, failures.
create table retention_run (
    id                   bigint generated always as identity primary key,
    started_at           timestamptz not null,
    finished_at          timestamptz not null,
    bank_details_erased  integer     not null,
    -- grants on which the job failed (logged with the reason); tried again at the next run.
    failures             integer     not null
);
