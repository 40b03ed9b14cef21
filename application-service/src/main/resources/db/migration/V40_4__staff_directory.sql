-- The Region's staff as they sign in: files are assigned to a listed officer, and pages, exports,
-- letters and the audit trail name people instead of showing identity-provider subjects.
create table staff_member (
    subject       varchar(255) primary key,
    display_name  varchar(255) not null,
    email         varchar(320),
    officer       boolean      not null,
    manager       boolean      not null,
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null
);
create index staff_member_officer on staff_member (display_name) where officer;
