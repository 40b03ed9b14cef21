-- The trace of the change that asked for each e-mail, continued when the dispatcher sends it.
alter table delivery add column traceparent varchar(55);
