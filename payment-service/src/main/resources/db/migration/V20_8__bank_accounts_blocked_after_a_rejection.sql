-- A transfer refused for a closed or wrong account (AC04, AC01…) blocks that account for good.
alter table bank_account add column blocked_at timestamptz;
alter table bank_account add column blocked_reason varchar(500);
