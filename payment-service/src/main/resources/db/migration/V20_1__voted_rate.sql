-- Proration follows the voted rate (award ÷ planned eligible base), not the scheme's ceiling rate:
-- the columns say which is which. The voted rate itself is not stored: it is the exact fraction of
-- two stored amounts.
alter table grant_account rename column rate to ceiling_rate;
alter table grant_account rename column eligible_base to planned_eligible_base;
-- A voted rate above 100 % cannot be; rows opened before this check are left as they are.
alter table grant_account add constraint grant_account_award_within_planned_base
    check (planned_eligible_base > 0 and awarded_amount <= planned_eligible_base) not valid;
