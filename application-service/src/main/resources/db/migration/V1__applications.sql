-- References ACTE-<year>-<number>: one counter for all years, numbers never reused.
create sequence application_reference_seq;

create table application (
    id                         uuid primary key,
    reference                  varchar(20)   not null unique,
    status                     varchar(24)   not null,
    owner_subject              varchar(255)  not null,
    title                      varchar(200),
    applicant_type             varchar(24),
    legal_form                 varchar(32),
    siren                      varchar(9),
    de_minimis_received        numeric(12,2),
    stage                      varchar(24),
    rural                      boolean       not null default false,
    qpv                        boolean       not null default false,
    requested_amount           numeric(12,2),
    created_at                 timestamptz   not null,
    submitted_at               timestamptz,
    eligibility_assessment_id  uuid,
    eligibility_eligible       boolean,
    eligibility_rule_set       varchar(32),
    eligibility_max_grant      numeric(12,2),
    eligibility_assessed_at    timestamptz,
    version                    bigint        not null
);

create index application_owner on application (owner_subject);
create index application_status on application (status);

create table application_member_siren (
    application_id  uuid    not null references application (id) on delete cascade,
    position        integer not null,
    siren           varchar(9) not null,
    primary key (application_id, position)
);

create table application_commune (
    application_id  uuid       not null references application (id) on delete cascade,
    position        integer    not null,
    commune_code    varchar(5) not null,
    primary key (application_id, position)
);

create table application_partner (
    application_id  uuid         not null references application (id) on delete cascade,
    position        integer      not null,
    name            varchar(200) not null,
    category        varchar(24)  not null,
    primary key (application_id, position)
);

create table application_expense_line (
    application_id  uuid          not null references application (id) on delete cascade,
    position        integer       not null,
    category        varchar(40)   not null,
    label           varchar(300),
    amount          numeric(12,2) not null,
    primary key (application_id, position)
);
