-- Payments leave either as PES V2 bordereaux of mandates for the public accountant or as SEPA
-- files for the bank (one channel per deployment). Batches made before were SEPA files.
alter table payment_batch add column channel varchar(8) not null default 'SEPA';
alter table payment_batch alter column channel drop default;
alter table payment_batch add column exercise integer;
alter table payment_batch add column bordereau_number integer;
alter table payment_batch add column acknowledged_at timestamptz;
alter table payment_batch add column refused_at timestamptz;
alter table payment_batch add column refusal_reason varchar(500);
alter table payment_batch add constraint payment_batch_pes_numbered
    check (channel <> 'PES' or (exercise is not null and bordereau_number between 1 and 9999999));
-- IdBord: unique within the exercise.
create unique index payment_batch_bordereau on payment_batch (exercise, bordereau_number) where channel = 'PES';

alter table payment add column mandate_exercise integer;
alter table payment add column mandate_number integer;
alter table payment add column taken_in_charge_on date;
-- IdPce: unique within the exercise.
create unique index payment_mandate_number on payment (mandate_exercise, mandate_number)
    where mandate_number is not null;
