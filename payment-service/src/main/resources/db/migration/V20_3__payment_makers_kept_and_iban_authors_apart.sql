-- Four eyes on the account paid, whatever the code: the person who entered or changed an IBAN on a
-- grant never prepares nor approves a payment to it; and once an order is prepared, its maker is
-- recorded for good (preparing it again never replaces them).
create function payment_four_eyes_on_the_account() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.prepared_by is not null and new.prepared_by is distinct from old.prepared_by then
        raise exception 'payment %: prepared by %, the maker cannot become %', new.id, old.prepared_by, new.prepared_by
            using errcode = '23514', constraint = 'payment_maker_kept';
    end if;
    if new.creditor_iban is not null and exists (
            select 1 from bank_account b
             where b.grant_id = new.grant_id and b.iban = new.creditor_iban
               and (b.entered_by = new.prepared_by or b.entered_by = new.approved_by)) then
        raise exception 'payment %: prepared or approved by who entered the IBAN paid', new.id
            using errcode = '23514', constraint = 'payment_iban_author_four_eyes';
    end if;
    return new;
end;
$$;
create trigger payment_four_eyes_on_the_account before insert or update of prepared_by, approved_by, creditor_iban
    on payment for each row execute function payment_four_eyes_on_the_account();
