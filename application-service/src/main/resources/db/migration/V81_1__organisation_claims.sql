-- A SIREN is no longer owned by whoever registers it first: each registration is a claim an officer
-- verifies; several claims on one SIREN are a dispute. Only one verified organisation per SIREN.
alter table organisation drop constraint organisation_siren_key;
alter table organisation add column verified_at timestamptz;
alter table organisation add column verified_by varchar(255);
create index organisation_siren on organisation (siren);
create unique index organisation_one_verified_per_siren on organisation (siren) where verified_at is not null;

create table organisation_claim (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    siren            varchar(9)   not null,
    claimant_subject varchar(255) not null,
    claimant_email   varchar(320) not null,
    claimant_name    varchar(200) not null,
    status           varchar(16)  not null,
    submitted_at     timestamptz  not null,
    decided_by       varchar(255),
    decided_at       timestamptz,
    reason           varchar(2000),
    version          bigint       not null
);
create index organisation_claim_siren on organisation_claim (siren);
create index organisation_claim_organisation on organisation_claim (organisation_id);

-- The piece proving the claimant acts for the organisation (statutes, Kbis or RNA extract, mandate).
create table organisation_claim_piece (
    id           uuid primary key,
    claim_id     uuid          not null references organisation_claim (id),
    file_name    varchar(255)  not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    content      bytea         not null,
    uploaded_at  timestamptz   not null
);
create index organisation_claim_piece_claim on organisation_claim_piece (claim_id);

-- Organisations registered before claims existed: each gets its registrant's claim, still to verify.
insert into organisation_claim (id, organisation_id, siren, claimant_subject, claimant_email, claimant_name, status,
        submitted_at, version)
select gen_random_uuid(), o.id, o.siren, m.subject, m.email, m.display_name, 'PENDING', o.created_at, 0
from organisation o
join organisation_member m on m.organisation_id = o.id and m.position = 0;
