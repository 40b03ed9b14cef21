-- Shared by every service (acte-messaging): the transactional outbox and the record of
-- consumed events that makes consumers idempotent.

create table outbox_event (
    position        bigint generated always as identity primary key,
    event_id        uuid         not null unique,
    event_type      varchar(160) not null,
    aggregate_type  varchar(64)  not null,
    aggregate_id    varchar(64)  not null,
    topic           varchar(160) not null,
    payload         text         not null,
    occurred_at     timestamptz  not null,
    published_at    timestamptz
);

-- The relay reads pending rows in commit order; published rows are purged after a retention period.
create index outbox_event_pending on outbox_event (position) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

create table processed_event (
    consumer      varchar(64)  not null,
    event_id      varchar(128) not null,
    event_type    varchar(160) not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
