-- Issued recoveries go to the public accountant as titres de recette, in bordereaux of titres
-- (PES_RecetteAller) numbered within their exercise, as the mandates are.
create table recovery_batch (
    id                uuid primary key,
    file_name         varchar(35)   not null unique,
    exercise          integer       not null,
    bordereau_number  integer       not null check (bordereau_number between 1 and 9999999),
    issued_on         date          not null,
    number_of_titres  integer       not null check (number_of_titres > 0),
    total             numeric(14,2) not null check (total > 0),
    created_by        varchar(255)  not null,
    created_at        timestamptz   not null,
    unique (exercise, bordereau_number)
);
alter table recovery_order add column titre_exercise integer;
alter table recovery_order add column titre_number integer;
alter table recovery_order add column batch_id uuid references recovery_batch (id);
create unique index recovery_order_titre_number on recovery_order (titre_exercise, titre_number)
    where titre_number is not null;
