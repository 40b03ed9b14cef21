-- The revision of an organisation's member list as published on acte.organisation-contacts.v1
-- (organisation.contacts-changed): incremented by the domain at each change of the list, so that
-- consumers can tell a newer list from an old one replayed. 0 = never published: the organisations
-- registered before the topic existed, which the service announces once (OrganisationContactsBackfill).
alter table organisation add column contacts_revision bigint not null default 0;
