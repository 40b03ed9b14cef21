-- Each award is committed at the vote on its call's budget imputation (M57), with a commitment
-- number; what will never be paid is released when the final amount is fixed or the grant lapses.
create table call_imputation (
    call_id                   uuid primary key,
    imputation_budget         varchar(10)  not null,
    imputation_chapter        varchar(3)   not null,
    imputation_nature         varchar(8)   not null,
    imputation_function       varchar(4)   not null,
    imputation_programme      varchar(30)  not null,
    imputation_authorisation  varchar(30)  not null,
    updated_by                varchar(255) not null,
    updated_at                timestamptz  not null,
    version                   bigint       not null
);

create sequence commitment_number_seq;

create table commitment (
    id                        uuid primary key,
    grant_id                  uuid          not null unique references grant_account (id),
    number                    varchar(20)   not null unique,
    budget_year               integer       not null,
    imputation_budget         varchar(10)   not null,
    imputation_chapter        varchar(3)    not null,
    imputation_nature         varchar(8)    not null,
    imputation_function       varchar(4)    not null,
    imputation_programme      varchar(30)   not null,
    imputation_authorisation  varchar(30)   not null,
    default_imputation        boolean       not null,
    amount                    numeric(12,2) not null check (amount > 0),
    released_amount           numeric(12,2) not null check (released_amount >= 0 and released_amount <= amount),
    status                    varchar(16)   not null,
    release_reason            varchar(300),
    committed_at              timestamptz   not null,
    released_at               timestamptz,
    version                   bigint        not null
);
