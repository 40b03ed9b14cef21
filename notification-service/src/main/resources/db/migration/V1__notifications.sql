create table notification (
    id                 uuid primary key,
    recipient_subject  varchar(255)  not null,
    event_id           varchar(128)  not null,
    kind               varchar(64)   not null,
    title              varchar(300)  not null,
    body               text          not null,
    application_id     uuid,
    created_at         timestamptz   not null,
    read_at            timestamptz,
    -- one notice per event and person, whatever the redeliveries
    unique (event_id, recipient_subject)
);

create index notification_recipient on notification (recipient_subject, created_at desc);
