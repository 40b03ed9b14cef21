-- Grant accounts (subventions attribuées), their schedules and payments, the beneficiaries' bank
-- details, SEPA payment batches and recovery orders. Amounts are euros, numeric(12,2): never floats.

create table grant_account (
    id                     uuid primary key,            -- the application's id
    reference              varchar(20)   not null unique,
    title                  varchar(300),
    organisation_id        uuid          not null,
    organisation_name      varchar(200)  not null,
    beneficiary_name       varchar(200)  not null,
    siren                  varchar(9)    not null,
    siret                  varchar(14),
    rna                    varchar(10),
    address_line           varchar(300),
    postcode               varchar(5),
    commune_code           varchar(5),
    stage                  varchar(16),
    awarded_amount         numeric(12,2) not null check (awarded_amount > 0),
    rate                   numeric(7,6)  not null check (rate > 0 and rate <= 1),
    eligible_base          numeric(12,2) not null check (eligible_base >= 0),
    deliberation_number    varchar(40)   not null,
    decided_at             date          not null,
    committee_session_id   uuid,
    rule_version           varchar(40)   not null,
    advance_rate           numeric(5,4)  not null,
    instalment_ceiling     numeric(5,4)  not null,
    minimum_payment        numeric(12,2) not null,
    validity_months        integer       not null,
    lapse_date             date          not null,
    status                 varchar(24)   not null,
    agreement_signed_at    timestamptz,
    agreement_signed_by    varchar(255),
    agreement_signer_name  varchar(200),
    final_amount           numeric(12,2) check (final_amount >= 0 and final_amount <= awarded_amount),
    -- What the bank reported as paid: never more than the award.
    paid_amount            numeric(12,2) not null check (paid_amount >= 0 and paid_amount <= awarded_amount),
    opened_at              timestamptz   not null,
    closed_at              timestamptz,
    lapsed_at              timestamptz,
    version                bigint        not null
);
create index grant_account_lapse on grant_account (lapse_date) where status in ('AWAITING_AGREEMENT', 'OPEN');

create table grant_member (
    grant_id  uuid         not null references grant_account (id) on delete cascade,
    position  integer      not null,
    subject   varchar(255) not null,
    email     varchar(320),
    name      varchar(200),
    primary key (grant_id, position)
);
create index grant_member_subject on grant_member (subject);

create table grant_planned_expense (
    grant_id  uuid          not null references grant_account (id) on delete cascade,
    position  integer       not null,
    category  varchar(40)   not null,
    amount    numeric(12,2) not null,
    primary key (grant_id, position)
);

create table pending_agreement (
    application_id  uuid primary key,
    signed_at       timestamptz  not null,
    signed_by       varchar(255) not null,
    signer_name     varchar(200),
    received_at     timestamptz  not null
);

create table bank_account (
    id                uuid primary key,
    grant_id          uuid         not null references grant_account (id),
    holder_name       varchar(140) not null,
    iban              varchar(34)  not null,
    bic               varchar(11)  not null,
    street_name       varchar(70)  not null,
    building_number   varchar(16),
    post_code         varchar(16)  not null,
    town_name         varchar(35)  not null,
    country           varchar(2)   not null,
    status            varchar(16)  not null,
    entered_by        varchar(255) not null,
    entered_by_name   varchar(200),
    entered_at        timestamptz  not null,
    decided_by        varchar(255),
    decided_by_name   varchar(200),
    decided_at        timestamptz,
    rejection_reason  varchar(500),
    version           bigint       not null,
    -- Four eyes, whatever the code: the person who entered the details never decides on them.
    constraint bank_account_four_eyes check (decided_by is null or decided_by <> entered_by)
);
-- One change awaiting validation, and one account in use, per grant.
create unique index bank_account_one_pending on bank_account (grant_id) where status = 'PENDING';
create unique index bank_account_one_validated on bank_account (grant_id) where status = 'VALIDATED';

create table payment_batch (
    id                        uuid primary key,
    message_id                varchar(35)   not null unique,
    requested_execution_date  date          not null,
    number_of_transactions    integer       not null check (number_of_transactions > 0),
    control_sum               numeric(14,2) not null check (control_sum > 0),
    created_by                varchar(255)  not null,
    created_at                timestamptz   not null
);

create table payment (
    id                      uuid primary key,           -- the transfer's end-to-end id
    grant_id                uuid          not null references grant_account (id),
    kind                    varchar(16)   not null,
    sequence                integer       not null check (sequence >= 1),
    status                  varchar(16)   not null,
    planned_amount          numeric(12,2),
    requested_amount        numeric(12,2),
    amount                  numeric(12,2) check (amount >= 0),
    accepted_eligible_base  numeric(12,2),
    requested_by            varchar(255),
    requested_by_name       varchar(200),
    requested_at            timestamptz,
    validated_by            varchar(255),
    validated_at            timestamptz,
    prepared_by             varchar(255),
    prepared_by_name        varchar(200),
    prepared_at             timestamptz,
    approved_by             varchar(255),
    approved_by_name        varchar(200),
    approved_at             timestamptz,
    batch_id                uuid references payment_batch (id),
    ordered_at              timestamptz,
    paid_at                 timestamptz,
    rejected_by             varchar(255),
    rejected_at             timestamptz,
    rejection_reason        varchar(1000),
    bank_account_id         uuid references bank_account (id),
    creditor_name           varchar(140),
    creditor_iban           varchar(34),
    creditor_bic            varchar(11),
    creditor_street         varchar(70),
    creditor_building       varchar(16),
    creditor_post_code      varchar(16),
    creditor_town           varchar(35),
    creditor_country        varchar(2),
    created_at              timestamptz   not null,
    version                 bigint        not null,
    -- Maker-checker, whatever the code: the person who prepared an order never approves it.
    constraint payment_four_eyes check (approved_by is null or approved_by <> prepared_by),
    constraint payment_amount_fixed check (status in ('SCHEDULED', 'REQUESTED', 'REJECTED') or amount is not null)
);
-- Never twice: one live payment per grant and instalment (a rejected one may be requested again).
create unique index payment_one_per_instalment on payment (grant_id, kind, sequence) where status <> 'REJECTED';
create index payment_grant on payment (grant_id);
create index payment_batch_members on payment (batch_id) where batch_id is not null;
create index payment_status on payment (status) where status in ('REQUESTED', 'VALIDATED', 'APPROVED', 'ORDERED');

create table expense_line (
    payment_id            uuid          not null references payment (id) on delete cascade,
    position              integer       not null,
    category              varchar(40)   not null,
    label                 varchar(300)  not null,
    realised_amount       numeric(12,2) not null check (realised_amount >= 0),
    supporting_documents  varchar(4000) not null,
    decision              varchar(16)   not null,
    accepted_amount       numeric(12,2) check (accepted_amount >= 0 and accepted_amount <= realised_amount),
    officer_comment       varchar(1000),
    primary key (payment_id, position)
);

-- Never more than the award: the amounts fixed on a grant's payments (validated up to paid) stay
-- within it. The grant's row is locked first, so concurrent writers on one grant are checked one
-- after the other, each seeing what the previous one committed.
create function payment_within_award() returns trigger language plpgsql as $$
declare
    awarded    numeric(12,2);
    committed  numeric(14,2);
begin
    select g.awarded_amount into awarded from grant_account g where g.id = new.grant_id for update;
    select coalesce(sum(p.amount), 0) into committed from payment p
     where p.grant_id = new.grant_id and p.status in ('VALIDATED', 'APPROVED', 'ORDERED', 'PAID');
    if committed > awarded then
        raise exception 'payments of grant % would reach % for an award of %', new.grant_id, committed, awarded
            using errcode = '23514', constraint = 'payment_within_award';
    end if;
    return new;
end;
$$;
create trigger payment_within_award after insert or update of amount, status on payment
    for each row execute function payment_within_award();

create table recovery_order (
    id                      uuid primary key,
    grant_id                uuid          not null unique references grant_account (id),
    payment_id              uuid          not null references payment (id),
    amount                  numeric(12,2) not null check (amount > 0),
    final_amount            numeric(12,2) not null,
    paid_amount             numeric(12,2) not null,
    realised_eligible_base  numeric(12,2) not null,
    reason                  varchar(1000) not null,
    issued_by               varchar(255)  not null,
    issued_at               timestamptz   not null
);

-- Lapse reminders sent: one per grant and threshold, whichever replica runs the check.
create table lapse_warning (
    grant_id     uuid        not null references grant_account (id),
    days_before  integer     not null,
    warned_at    timestamptz not null,
    primary key (grant_id, days_before)
);

-- Commands carrying an Idempotency-Key: the same key and body get the same answer, once.
create table idempotency_key (
    key              varchar(100) primary key,
    fingerprint      varchar(64)  not null,
    response_status  integer,
    response_body    text,
    created_at       timestamptz  not null
);
