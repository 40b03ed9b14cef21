-- Idempotency keys are forgotten after a retention period (acte.payment.idempotency-retention).
create index idempotency_key_created_at on idempotency_key (created_at);
