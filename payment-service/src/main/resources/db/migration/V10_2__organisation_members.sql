-- The members of each beneficiary organisation, as application-service's organisation events report
-- them (acte.organisation.v1): a removed member is kept with the time of removal, so that an older
-- event arriving late cannot bring them back.
create table organisation_member (
    id               uuid          primary key,
    organisation_id  uuid          not null,
    subject          varchar(255)  not null,
    email            varchar(320),
    name             varchar(255),
    removed_at       timestamptz,
    changed_at       timestamptz   not null,
    unique (organisation_id, subject)
);
create index grant_account_organisation on grant_account (organisation_id);
