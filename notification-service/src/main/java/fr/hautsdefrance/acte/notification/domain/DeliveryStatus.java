package fr.hautsdefrance.acte.notification.domain;

public enum DeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Kept for the recipient's daily digest. */
    HELD,
    /** Accepted by the SMTP server. */
    SENT,
    /** Sent as part of a digest e-mail. */
    DIGESTED,
    /** Given up: no address, a permanent SMTP refusal, or too many attempts. Visible to admins. */
    FAILED
}
