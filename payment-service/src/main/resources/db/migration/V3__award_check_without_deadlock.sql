-- The award check of V2 locked the grant FOR UPDATE, which conflicts with the FOR KEY SHARE lock
-- every insert of a payment already holds on its grant (the foreign key): two concurrent inserts
-- on one grant deadlocked, one of them aborted by PostgreSQL instead of being checked. FOR NO KEY
-- UPDATE does not conflict with the foreign key's lock and still serialises the writers of a grant,
-- each summing after the previous one committed.
create or replace function payment_within_award() returns trigger language plpgsql as $$
declare
    awarded    numeric(12,2);
    committed  numeric(14,2);
begin
    select g.awarded_amount into awarded from grant_account g where g.id = new.grant_id for no key update;
    select coalesce(sum(p.amount), 0) into committed from payment p
     where p.grant_id = new.grant_id and p.status in ('VALIDATED', 'APPROVED', 'ORDERED', 'PAID');
    if committed > awarded then
        raise exception 'payments of grant % would reach % for an award of %', new.grant_id, committed, awarded
            using errcode = '23514', constraint = 'payment_within_award';
    end if;
    return new;
end;
$$;
