-- The Commission permanente as a Region runs it: a session is prepared, held from its date, closed
-- with its minutes; its deliberations apply once published and transmitted to the prefect.
alter table committee_session add column status varchar(20) not null default 'PREPARING';
alter table committee_session alter column status drop default;
alter table committee_session add column held_at timestamptz;
alter table committee_session add column closed_at timestamptz;
alter table committee_session add column published_on date;
alter table committee_session add column transmitted_on date;

-- The vote: above the officer's proposal, beyond an envelope, only with a reason; enforceable from a day.
alter table application add column award_over_proposal_reason text;
alter table application add column envelope_override_reason text;
alter table application add column decision_enforceable_on date;

-- The agreement is signed by both parties: the beneficiary (agreement_signed_*) then the Region.
alter table application add column agreement_countersigned_at timestamptz;
alter table application add column agreement_countersigned_by varchar(200);
alter table application add column agreement_countersigner_name varchar(200);

-- A deliberation number is unique in its year.
create unique index application_deliberation_number_per_year
    on application (deliberation_number, (extract(year from decided_at)))
    where deliberation_number is not null;

-- The town, for the addresses letters and agreements print.
alter table organisation add column town varchar(200);

-- De minimis: each aid declared (grantor, date, amount, regulation) and the applicant's certification.
alter table application add column de_minimis_aids jsonb not null default '[]';
alter table application add column de_minimis_certified boolean not null default false;
