-- The 60 % rate from reference data: rural comes from INSEE's grille communale de densité (as
-- eligibility-service assessed it), the priority neighbourhood (QPV) is named by the applicant; the
-- officer confirms or corrects either with a reason, kept in the audit trail.
alter table application
    add column qpv_code                   varchar(16),
    add column qpv_name                   varchar(200),
    add column rural_correction           boolean,
    add column qualification_reason       text,
    add column qualified_by_name          varchar(255),
    add column qualified_at               timestamptz,
    add column eligibility_rural          boolean,
    add column eligibility_density_level  integer,
    add column eligibility_density_label  varchar(64);
