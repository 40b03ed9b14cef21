package fr.hautsdefrance.acte.notification.domain;

import java.util.Locale;

/**
 * What a message says; each has its French templates {@code templates/mail/<kind>.txt} (subject,
 * in-app notice and the e-mail's text part) and {@code templates/mail/<kind>.html} (its HTML part).
 * {@code legallyRequired} messages to applicants can never be switched off nor deferred.
 */
public enum MessageKind {
    APPLICATION_SUBMITTED(true),
    INFORMATION_REQUESTED(true),
    INFORMATION_REMINDER(true),
    APPLICATION_RESUBMITTED(true),
    RESUBMISSION_FOR_OFFICER(false),
    MESSAGE_FOR_APPLICANT(false),
    MESSAGE_FOR_OFFICER(false),
    OFFICER_ASSIGNED(false),
    APPLICATION_ASSESSED(false),
    APPLICATION_APPROVED(true),
    APPLICATION_REJECTED(true),
    APPLICATION_DECLARED_INADMISSIBLE(true),
    APPLICATION_CLOSED_INCOMPLETE(true),
    INFORMATION_DEADLINE_EXTENDED(true),
    INFORMATION_OVERDUE(false),
    IMPLICIT_DECISION_APPROACHING(false),
    IMPLICITLY_REJECTED(false),
    AGREEMENT_SIGNED(true),
    APPLICATION_WITHDRAWN(true),
    WITHDRAWAL_FOR_OFFICER(false),
    /** The notice before an abandoned draft is deleted (docs/retention.md): the owners must be able to keep it. */
    DRAFT_EXPIRING(true),
    PAYMENT_SCHEDULED(true),
    PAYMENT_REQUESTED(false),
    /** No longer sent (requests go to the officer who liquidates them); kept for the deliveries already recorded. */
    PAYMENT_REQUEST_FOR_FINANCE(false),
    PAYMENT_REQUEST_FOR_OFFICER(false),
    PAYMENT_REQUEST_FOR_MANAGERS(false),
    LIQUIDATION_FOR_FINANCE(false),
    LIQUIDATION_RETURNED_TO_OFFICER(false),
    PAYMENT_ORDERED(false),
    PAYMENT_PAID(true),
    PAYMENT_REJECTED(true),
    RECOVERY_ISSUED(true),
    LAPSE_WARNING(true),
    GRANT_LAPSED(true),
    OFFICER_DIGEST(false);

    private final boolean legallyRequired;

    MessageKind(boolean legallyRequired) {
        this.legallyRequired = legallyRequired;
    }

    public boolean legallyRequired() {
        return legallyRequired;
    }

    /** {@code mail/application-submitted}. */
    public String template() {
        return "mail/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
