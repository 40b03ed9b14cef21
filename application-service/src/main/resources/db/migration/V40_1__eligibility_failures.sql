-- A file failing an eligibility check is deposited all the same (CRPA L112-3) and refused with its
-- reasons: the failed checks of its latest assessment are kept with it, for the officer and the letter.
create table application_eligibility_failure (
    application_id uuid         not null references application (id),
    position       integer      not null,
    code           varchar(64)  not null,
    message        text         not null,
    primary key (application_id, position)
);
