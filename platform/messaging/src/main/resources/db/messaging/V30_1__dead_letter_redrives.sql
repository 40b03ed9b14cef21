-- Who sent which dead letter back to its topic, and when (DeadLetters.redrive): the audit of the
-- re-drives an administrator makes once the cause of a failure is mended.
create table dead_letter_redrive (
    id                     bigint generated always as identity primary key,
    dead_letter_topic      varchar(160) not null,
    dead_letter_partition  integer      not null,
    dead_letter_offset     bigint       not null,
    event_id               varchar(128),
    event_type             varchar(160),
    origin_topic           varchar(160) not null,
    reason                 text,
    redriven_by            varchar(255) not null,
    redriven_at            timestamptz  not null
);

create index dead_letter_redrive_record on dead_letter_redrive (dead_letter_topic, dead_letter_partition, dead_letter_offset);
