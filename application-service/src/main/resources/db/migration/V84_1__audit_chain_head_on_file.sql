-- The audit trail's head (last sequence and hash) kept on the file's row: appending an entry reads
-- the row it locks anyway, instead of querying the file's last entry before each write.
alter table application
    add column audit_sequence  integer     not null default 0,
    add column audit_last_hash varchar(64) not null default '0000000000000000000000000000000000000000000000000000000000000000';

update application a
   set audit_sequence = last.sequence, audit_last_hash = last.hash
  from (select distinct on (application_id) application_id, sequence, hash
          from audit_entry
         order by application_id, sequence desc) last
 where last.application_id = a.id;
