-- The assigned officer's address travels with the file's events, so that notification-service can
-- tell them (assignment, the applicant's answers and messages) without reading another database.
alter table application add column assigned_officer_email varchar(320);
