-- What payment-service reports about each file's grant, so that applicants, officers and the
-- statistics see the payments without reading payment-service's database.
alter table application
    add column paid_amount     numeric(12,2) not null default 0,
    add column final_amount    numeric(12,2),
    add column recovery_amount numeric(12,2);

create table payment_follow_up (
    payment_id     uuid primary key,
    application_id uuid         not null references application (id),
    kind           varchar(20)  not null,
    sequence       integer      not null,
    label          varchar(100) not null,
    status         varchar(20)  not null,
    amount         numeric(12,2),
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index payment_follow_up_application on payment_follow_up (application_id);
