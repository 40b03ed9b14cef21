-- The officer who certified the service fait (liquidation, validated_by) never prepares nor approves
-- the mandate that pays it. Rows written before this rule are not checked again.
alter table payment add constraint payment_liquidation_apart_from_the_mandate
    check ((prepared_by is null or prepared_by <> validated_by)
       and (approved_by is null or approved_by <> validated_by)) not valid;
