-- Attempts refused for a conflict of interest (a member of the staff acting on a grant of an
-- organisation they belong to): kept for the Region's audit, written even though the command fails.
create table refused_action (
    id          uuid          primary key,
    grant_id    uuid          not null,
    actor       varchar(255)  not null,
    action      varchar(64)   not null,
    reason      varchar(255)  not null,
    at          timestamptz   not null
);
create index refused_action_grant on refused_action (grant_id, at);
