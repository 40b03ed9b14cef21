create table assessment (
    id                uuid primary key,
    application_id    uuid          not null,
    rule_set          varchar(32)   not null,
    eligible          boolean       not null,
    eligible_base     numeric(12,2) not null,
    rate              numeric(4,3)  not null,
    max_grant         numeric(12,2) not null,
    requested_amount  numeric(12,2) not null,
    checks            jsonb         not null,
    input             jsonb         not null,
    assessed_at       timestamptz   not null
);

create index assessment_application on assessment (application_id, assessed_at desc);
