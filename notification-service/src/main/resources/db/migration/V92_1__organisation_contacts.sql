-- The applicant organisations' members, from acte.organisation-contacts.v1 (one state-carrying record
-- per organisation): who is told about the organisation's files and grants. The revision makes an
-- older record (replayed, re-driven) change nothing; an empty list (nobody left, or the organisation's
-- personal data erased) leaves the organisation's row with no member rows.
create table organisation_contacts (
    organisation_id  uuid         primary key,
    revision         bigint       not null,
    changed_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);

create table organisation_contact (
    organisation_id  uuid          not null references organisation_contacts (organisation_id) on delete cascade,
    subject          varchar(255)  not null,
    email            varchar(320),
    name             varchar(300),
    primary key (organisation_id, subject)
);
