-- A recovery order is followed until collected or cancelled; meanwhile its grant is RECOVERY, never
-- shown settled while money is owed.
alter table recovery_order add column collected_on date;
alter table recovery_order add column settled_by varchar(255);
alter table recovery_order add column settled_at timestamptz;
alter table recovery_order add column cancellation_reason varchar(1000);
alter table recovery_order add constraint recovery_order_settled
    check (status not in ('COLLECTED', 'CANCELLED') or settled_at is not null);
alter table recovery_order alter column reason type varchar(1500);
