-- Organisations (structures porteuses) and the people acting for them.
create table organisation (
    id              uuid primary key,
    name            varchar(200) not null,
    applicant_type  varchar(24)  not null,
    legal_form      varchar(32)  not null,
    siren           varchar(9)   not null unique,
    siret           varchar(14),
    rna             varchar(10),
    address_line    varchar(300),
    postcode        varchar(5),
    commune_code    varchar(5),
    epci_siren      varchar(9),
    created_at      timestamptz  not null,
    version         bigint       not null
);

create table organisation_member (
    organisation_id  uuid         not null references organisation (id) on delete cascade,
    position         integer      not null,
    subject          varchar(255) not null,
    email            varchar(320) not null,
    display_name     varchar(200) not null,
    role             varchar(16)  not null,
    joined_at        timestamptz  not null,
    primary key (organisation_id, position)
);
create index organisation_member_subject on organisation_member (subject);

create table organisation_member_siren (
    organisation_id  uuid       not null references organisation (id) on delete cascade,
    position         integer    not null,
    siren            varchar(9) not null,
    primary key (organisation_id, position)
);

create table invitation (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id) on delete cascade,
    email            varchar(320) not null,
    code_hash        varchar(64)  not null unique,
    invited_by       varchar(255) not null,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    accepted_at      timestamptz,
    accepted_by      varchar(255)
);

-- Calls for projects (appels à projets): the permanent ACTE call and thematic ones.
create table call (
    id                 uuid primary key,
    name               varchar(200)  not null,
    kind               varchar(16)   not null,
    opens_at           timestamptz,
    closes_at          timestamptz,
    envelope           numeric(14,2),
    rule_set_version   varchar(32)   not null,
    created_at         timestamptz   not null
);
insert into call (id, name, kind, rule_set_version, created_at)
values ('00000000-0000-0000-0000-00000000ac7e', 'ACTE — appel permanent', 'PERMANENT', 'acte-2026.1', now());

-- Committee sessions (séances de la Commission permanente).
create table committee_session (
    id            uuid primary key,
    title         varchar(200)  not null,
    session_date  date          not null,
    envelope      numeric(14,2) not null,
    created_at    timestamptz   not null,
    version       bigint        not null
);

-- Applications (dossiers). References ACTE-<year>-<number>: one counter, numbers never reused.
create sequence application_reference_seq;

create table application (
    id                         uuid primary key,
    reference                  varchar(20)   not null unique,
    status                     varchar(24)   not null,
    organisation_id            uuid          not null references organisation (id),
    call_id                    uuid          not null references call (id),
    created_by                 varchar(255)  not null,
    title                      varchar(200),
    summary                    text,
    applicant_type             varchar(24)   not null,
    legal_form                 varchar(32)   not null,
    siren                      varchar(9)    not null,
    de_minimis_received        numeric(12,2),
    stage                      varchar(24),
    rural                      boolean       not null default false,
    qpv                        boolean       not null default false,
    start_date                 date,
    end_date                   date,
    requested_amount           numeric(12,2),
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null,
    submitted_at               timestamptz,
    withdrawn_at               timestamptz,
    eligibility_assessment_id  uuid,
    eligibility_eligible       boolean,
    eligibility_rule_set       varchar(32),
    eligibility_eligible_base  numeric(12,2),
    eligibility_rate           numeric(4,3),
    eligibility_max_grant      numeric(12,2),
    eligibility_assessed_at    timestamptz,
    assigned_officer           varchar(255),
    assigned_officer_name      varchar(200),
    proposed_amount            numeric(12,2),
    proposal_justification     text,
    score_cooperation          integer,
    score_local_anchoring      integer,
    score_inhabitants          integer,
    score_non_relocatable      integer,
    score_swarming             integer,
    assessed_by                varchar(255),
    assessed_at                timestamptz,
    committee_session_id       uuid references committee_session (id),
    deliberation_number        varchar(40),
    decided_at                 date,
    awarded_amount             numeric(12,2),
    rejection_reason           text,
    agreement_signed_at        timestamptz,
    agreement_signed_by        varchar(255),
    agreement_signer_name      varchar(200),
    version                    bigint        not null
);
create index application_organisation on application (organisation_id);
create index application_status on application (status);
create index application_assigned_officer on application (assigned_officer);
create index application_committee_session on application (committee_session_id);

create table application_member_siren (
    application_id  uuid       not null references application (id) on delete cascade,
    position        integer    not null,
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
    application_id          uuid          not null references application (id) on delete cascade,
    position                integer       not null,
    name                    varchar(200)  not null,
    category                varchar(24)   not null,
    role                    varchar(300),
    commitment_document_id  uuid,
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

create table application_funding_line (
    application_id  uuid          not null references application (id) on delete cascade,
    position        integer       not null,
    source          varchar(24)   not null,
    label           varchar(300),
    amount          numeric(12,2) not null,
    primary key (application_id, position)
);

create table application_label (
    application_id  uuid         not null references application (id) on delete cascade,
    label           varchar(60)  not null,
    primary key (application_id, label)
);

create table application_follower (
    application_id  uuid         not null references application (id) on delete cascade,
    subject         varchar(255) not null,
    primary key (application_id, subject)
);

-- Documents: metadata and content apart, so lists never load files.
create table document (
    id              uuid primary key,
    application_id  uuid          not null references application (id) on delete cascade,
    type            varchar(32)   not null,
    file_name       varchar(200)  not null,
    media_type      varchar(100)  not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    uploaded_by     varchar(255)  not null,
    uploaded_at     timestamptz   not null
);
create index document_application on document (application_id);

create table document_content (
    document_id  uuid  primary key references document (id) on delete cascade,
    content      bytea not null
);

-- Instruction: requests for information, messages, private annotations.
create table information_request (
    id              uuid primary key,
    application_id  uuid          not null references application (id) on delete cascade,
    message         text          not null,
    deadline        date          not null,
    requested_by    varchar(255)  not null,
    requested_at    timestamptz   not null,
    answer          text,
    answered_by     varchar(255),
    answered_at     timestamptz
);
create index information_request_application on information_request (application_id);

create table information_request_item (
    request_id  uuid         not null references information_request (id) on delete cascade,
    position    integer      not null,
    item        varchar(300) not null,
    primary key (request_id, position)
);

create table message (
    id              uuid primary key,
    application_id  uuid          not null references application (id) on delete cascade,
    author          varchar(255)  not null,
    author_name     varchar(200)  not null,
    from_region     boolean       not null,
    body            text          not null,
    posted_at       timestamptz   not null
);
create index message_application on message (application_id, posted_at);

create table annotation (
    id              uuid primary key,
    application_id  uuid          not null references application (id) on delete cascade,
    author          varchar(255)  not null,
    author_name     varchar(200)  not null,
    body            text          not null,
    written_at      timestamptz   not null
);
create index annotation_application on annotation (application_id, written_at);

-- Audit trail: append-only, each entry chained to the previous one of the same file by its hash.
create table audit_entry (
    id              bigint generated always as identity primary key,
    application_id  uuid          not null,
    sequence        integer       not null,
    actor           varchar(255)  not null,
    action          varchar(64)   not null,
    at              timestamptz   not null,
    before_state    text,
    after_state     text,
    previous_hash   varchar(64)   not null,
    hash            varchar(64)   not null,
    unique (application_id, sequence)
);

create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
