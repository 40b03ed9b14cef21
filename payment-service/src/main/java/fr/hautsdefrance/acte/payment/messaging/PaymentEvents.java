package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.messaging.EventType;

/** Events this service emits and consumes (see docs/asyncapi.yaml). */
public final class PaymentEvents {

    public static final EventType SCHEDULED = EventType.of("payment.scheduled");
    public static final EventType REQUESTED = EventType.of("payment.requested");
    public static final EventType LIQUIDATED = EventType.of("payment.liquidated");
    public static final EventType LIQUIDATION_RETURNED = EventType.of("payment.liquidation-returned");
    public static final EventType APPROVED = EventType.of("payment.approved");
    public static final EventType ORDERED = EventType.of("payment.ordered");
    public static final EventType PAID = EventType.of("payment.paid");
    public static final EventType REJECTED = EventType.of("payment.rejected");
    public static final EventType RECOVERY_ISSUED = EventType.of("payment.recovery-issued");
    public static final EventType RECOVERY_SETTLED = EventType.of("payment.recovery-settled");
    public static final EventType LAPSE_WARNING = EventType.of("grant.lapse-warning");
    public static final EventType LAPSED = EventType.of("grant.lapsed");
    public static final EventType COMMITTED = EventType.of("grant.committed");
    public static final EventType COMMITMENT_RELEASED = EventType.of("grant.commitment-released");

    public static final EventType APPLICATION_APPROVED = EventType.of("application.approved");
    public static final EventType APPLICATION_AGREEMENT_SIGNED = EventType.of("application.agreement-signed");

    private PaymentEvents() {
    }
}
