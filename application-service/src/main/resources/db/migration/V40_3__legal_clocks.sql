-- Silence is worth rejection two months after the complete deposit (CRPA L231-4, 3°); the clock
-- restarts when requested pieces arrive (L114-5). Officers are alerted before and when it passes.
alter table application
    add column decision_clock_started_on     date,
    add column implicit_decision_on          date,
    add column implicit_decision_warned_at   timestamptz,
    add column implicit_rejection_noticed_at timestamptz,
    add column closed_at                     timestamptz,
    add column closure_reason                text;
update application
   set decision_clock_started_on = (submitted_at at time zone 'Europe/Paris')::date,
       implicit_decision_on = ((submitted_at at time zone 'Europe/Paris')::date + interval '2 months')::date
 where status in ('SUBMITTED', 'UNDER_REVIEW', 'ASSESSED', 'IN_COMMITTEE');
create index application_implicit_decision on application (implicit_decision_on)
    where implicit_decision_on is not null;

-- An information request's deadline may be extended; the officer is told once when it passes unanswered.
alter table information_request add column overdue_noticed_at timestamptz;
create index information_request_open on information_request (deadline) where answered_at is null;
