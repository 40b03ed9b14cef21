-- The officer's opinion (avis favorable / défavorable): an unfavourable one carries a reason and no amount.
alter table application add column opinion varchar(16);
update application set opinion = 'FAVOURABLE' where proposed_amount is not null;
