package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.EventType;

/** Events this service reacts to and emits (see docs/asyncapi.yaml). */
public final class NotificationEvents {

    public static final EventType APPLICATION_SUBMITTED = EventType.of("application.submitted");
    public static final EventType MEMBER_ADDED = EventType.of("organisation.member-added");
    /** On acte.organisation-contacts.v1: an organisation's current members, the whole list. */
    public static final EventType CONTACTS_CHANGED = EventType.of("organisation.contacts-changed");
    public static final EventType OFFICER_ASSIGNED = EventType.of("application.officer-assigned");
    public static final EventType INFORMATION_REQUESTED = EventType.of("application.information-requested");
    public static final EventType RESUBMITTED = EventType.of("application.resubmitted");
    public static final EventType MESSAGE_POSTED = EventType.of("application.message-posted");
    public static final EventType ASSESSED = EventType.of("application.assessed");
    public static final EventType APPROVED = EventType.of("application.approved");
    public static final EventType REJECTED = EventType.of("application.rejected");
    public static final EventType DECLARED_INADMISSIBLE = EventType.of("application.declared-inadmissible");
    public static final EventType CLOSED = EventType.of("application.closed");
    public static final EventType INFORMATION_DEADLINE_EXTENDED = EventType.of("application.information-deadline-extended");
    public static final EventType INFORMATION_OVERDUE = EventType.of("application.information-overdue");
    public static final EventType IMPLICIT_DECISION_APPROACHING = EventType.of("application.implicit-decision-approaching");
    public static final EventType IMPLICITLY_REJECTED = EventType.of("application.implicitly-rejected");
    public static final EventType AGREEMENT_SIGNED = EventType.of("application.agreement-signed");
    public static final EventType WITHDRAWN = EventType.of("application.withdrawn");
    public static final EventType DRAFT_EXPIRING = EventType.of("application.draft-expiring");

    public static final EventType PAYMENT_SCHEDULED = EventType.of("payment.scheduled");
    public static final EventType PAYMENT_REQUESTED = EventType.of("payment.requested");
    public static final EventType PAYMENT_LIQUIDATED = EventType.of("payment.liquidated");
    public static final EventType LIQUIDATION_RETURNED = EventType.of("payment.liquidation-returned");
    public static final EventType PAYMENT_ORDERED = EventType.of("payment.ordered");
    public static final EventType PAYMENT_PAID = EventType.of("payment.paid");
    public static final EventType PAYMENT_REJECTED = EventType.of("payment.rejected");
    public static final EventType RECOVERY_ISSUED = EventType.of("payment.recovery-issued");
    public static final EventType LAPSE_WARNING = EventType.of("grant.lapse-warning");
    public static final EventType LAPSED = EventType.of("grant.lapsed");

    /** Emitted: an e-mail was accepted by the SMTP server (for the audit of communication with the applicant). */
    public static final EventType SENT = EventType.of("notification.sent");
    /** Emitted: an e-mail could not be sent and will not be retried automatically. */
    public static final EventType FAILED = EventType.of("notification.failed");

    private NotificationEvents() {
    }
}
