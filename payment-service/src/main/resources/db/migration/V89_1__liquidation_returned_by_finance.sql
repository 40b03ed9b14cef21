-- Finance may send a liquidation back to the officer instead of preparing its mandate: the last
-- return (who, when, why) is kept on the payment and shown to the officer who liquidates again.
alter table payment add column liquidation_returned_by varchar(255);
alter table payment add column liquidation_returned_by_name varchar(255);
alter table payment add column liquidation_returned_at timestamp with time zone;
alter table payment add column liquidation_return_reason varchar(1000);
