-- Portal sessions ended by signing out or by the identity provider (back-channel logout): a copy of
-- the session cookie kept from before must open nothing any more, on every replica.
create table ended_portal_session (
    session_id  varchar(255)  primary key,
    subject     varchar(255),
    ended_by    varchar(32)   not null,
    ended_at    timestamptz   not null
);
create index ended_portal_session_ended_at on ended_portal_session (ended_at);
