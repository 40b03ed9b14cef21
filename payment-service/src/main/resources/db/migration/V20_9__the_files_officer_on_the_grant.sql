-- The officer instructing the file, as application.approved reports it: told of each payment request
-- (grants opened before have none; their requests go to the managers' mailbox).
alter table grant_account add column officer_subject varchar(255);
alter table grant_account add column officer_email varchar(320);
alter table grant_account add column officer_name varchar(200);
