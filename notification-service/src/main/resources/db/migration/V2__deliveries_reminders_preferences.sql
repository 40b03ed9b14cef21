-- The e-mail delivery log: one row per (event, recipient, channel), whatever the redeliveries.
create table delivery (
    id                 uuid primary key,
    event_id           varchar(128)  not null,
    event_type         varchar(160)  not null,
    recipient_subject  varchar(255)  not null,
    channel            varchar(16)   not null,
    kind               varchar(64)   not null,
    audience           varchar(16)   not null,
    application_id     uuid,
    address            varchar(320),
    recipient_name     varchar(300),
    subject_line       varchar(300)  not null,
    text_body          text          not null,
    html_body          text          not null,
    status             varchar(16)   not null,
    attempts           integer       not null default 0,
    next_attempt_at    timestamptz,
    claimed_until      timestamptz,
    last_error         varchar(1000),
    created_at         timestamptz   not null,
    sent_at            timestamptz,
    failed_at          timestamptz,
    digest_id          uuid,
    version            bigint        not null default 0,
    constraint delivery_once unique (event_id, recipient_subject, channel)
);

-- The dispatcher's queue, the digest's pile and the admins' list of failures.
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_held on delivery (recipient_subject, created_at) where status = 'HELD';
create index delivery_failed on delivery (failed_at desc) where status = 'FAILED';

-- Latest address and name known per person (officers' addresses only come from their own tokens).
create table recipient (
    subject       varchar(255) primary key,
    email         varchar(320),
    display_name  varchar(300),
    updated_at    timestamptz  not null
);

create table notification_preference (
    subject     varchar(255) primary key,
    email_mode  varchar(16)  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);

create table reminder (
    id              uuid primary key,
    kind            varchar(64)  not null,
    awaited_id      uuid         not null,
    application_id  uuid         not null,
    days_before     integer      not null,
    deadline        date         not null,
    due_on          date         not null,
    context         text         not null,
    status          varchar(16)  not null,
    created_at      timestamptz  not null,
    closed_at       timestamptz,
    cancel_reason   varchar(300),
    version         bigint       not null default 0,
    -- scheduled once per awaited thing and threshold, whichever replica reads the event
    constraint reminder_once unique (awaited_id, days_before)
);

create index reminder_due on reminder (due_on) where status = 'SCHEDULED';
create index reminder_application on reminder (application_id) where status = 'SCHEDULED';
