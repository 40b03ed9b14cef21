-- Who acts for each beneficiary organisation now comes from acte.organisation-contacts.v1: the whole
-- list of members per organisation at a revision that only grows (an older record changes nothing).
-- A removed member's row is deleted (the revision, not a tombstone, keeps an older record from bringing
-- them back), so the rows kept for removed members under the member-added/removed events go.
create table organisation_contacts (
    organisation_id  uuid         primary key,
    revision         bigint       not null,
    changed_at       timestamptz  not null,
    version          bigint       not null default 0
);

delete from organisation_member where removed_at is not null;
alter table organisation_member drop column removed_at;
