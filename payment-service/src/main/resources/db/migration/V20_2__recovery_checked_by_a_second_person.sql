-- A recovery order is proposed by the officer's review of the balance and issued only once a second
-- person has checked the final amount. Orders already in the table were issued at once.
alter table recovery_order rename column issued_by to proposed_by;
alter table recovery_order rename column issued_at to proposed_at;
alter table recovery_order add column status varchar(16) not null default 'ISSUED';
alter table recovery_order alter column status drop default;
alter table recovery_order add column checked_by varchar(255);
alter table recovery_order add column checked_by_name varchar(200);
alter table recovery_order add column checked_at timestamptz;
alter table recovery_order add column refusal_reason varchar(1000);
alter table recovery_order add column version bigint not null default 0;
-- Four eyes, whatever the code: the person who fixed the final amount never checks it.
alter table recovery_order add constraint recovery_order_four_eyes
    check (checked_by is null or checked_by <> proposed_by);
-- A refused proposal stays for the record; one live order per grant.
alter table recovery_order drop constraint recovery_order_grant_id_key;
create unique index recovery_order_one_live on recovery_order (grant_id) where status <> 'REFUSED';
create index recovery_order_proposed on recovery_order (proposed_at) where status = 'PROPOSED';
