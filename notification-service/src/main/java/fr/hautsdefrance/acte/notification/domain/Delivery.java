package fr.hautsdefrance.acte.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One e-mail to one person because of one event: the delivery log. The database holds at most one
 * per (event, recipient, channel), so a redelivered or replayed event never e-mails twice. The
 * message is rendered when the event arrives and kept as sent, for the audit.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "recipient_subject", nullable = false, updatable = false)
    public String recipientSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 64)
    public MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    public Audience audience;

    @Column(name = "application_id", updatable = false)
    public UUID applicationId;

    @Column(length = 320)
    private String address;

    @Column(name = "recipient_name", length = 300, updatable = false)
    public String recipientName;

    // Never changed once rendered, erased (null) with the address when the retention period has run.
    @Column(name = "subject_line", updatable = false, length = 300)
    public String subjectLine;

    @Column(name = "text_body", updatable = false)
    public String textBody;

    @Column(name = "html_body", updatable = false)
    public String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "failed_at")
    private OffsetDateTime failedAt;

    @Column(name = "digest_id")
    private UUID digestId;

    /** When the address, name and texts were erased (docs/retention.md); the job does it in bulk. */
    @Column(name = "erased_at", updatable = false, insertable = false)
    private OffsetDateTime erasedAt;

    /** The W3C traceparent of the change that asked for the e-mail: its sending continues that trace. */
    @Column(name = "traceparent", length = 55, updatable = false)
    public String traceparent;

    @Version
    long version;

    protected Delivery() {
    }

    /** A new e-mail to send at once ({@code held}: kept for the recipient's digest instead). */
    public static Delivery of(String eventId, String eventType, String recipientSubject, String recipientName,
            String address, MessageKind kind, Audience audience, UUID applicationId, String subjectLine,
            String textBody, String htmlBody, boolean held, OffsetDateTime now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.recipientSubject = recipientSubject;
        delivery.recipientName = recipientName;
        delivery.address = address;
        delivery.channel = Channel.EMAIL;
        delivery.kind = kind;
        delivery.audience = audience;
        delivery.applicationId = applicationId;
        delivery.subjectLine = subjectLine;
        delivery.textBody = textBody;
        delivery.htmlBody = htmlBody;
        delivery.createdAt = now;
        if (address == null || address.isBlank()) {
            delivery.status = DeliveryStatus.FAILED;
            delivery.failedAt = now;
            delivery.lastError = "Aucune adresse électronique connue pour ce destinataire.";
        } else if (held) {
            delivery.status = DeliveryStatus.HELD;
        } else {
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now;
        }
        return delivery;
    }

    /** This replica takes the e-mail for a while; nobody else sends it meanwhile. */
    public void claim(OffsetDateTime now, java.time.Duration lease) {
        requireStatus(DeliveryStatus.PENDING, "claim");
        claimedUntil = now.plus(lease);
        attempts++;
    }

    /** The SMTP server accepted it. A second report of the same success changes nothing. */
    public boolean markSent(OffsetDateTime now) {
        if (status == DeliveryStatus.SENT) {
            return false;
        }
        requireStatus(DeliveryStatus.PENDING, "mark as sent");
        status = DeliveryStatus.SENT;
        sentAt = now;
        claimedUntil = null;
        nextAttemptAt = null;
        return true;
    }

    /**
     * An attempt failed. A transient failure is retried after the policy's delay until the attempts
     * run out; a permanent one, or the last attempt, fails the delivery.
     *
     * @return whether the delivery is now failed for good
     */
    public boolean attemptFailed(String error, boolean permanent, RetryPolicy policy, OffsetDateTime now) {
        requireStatus(DeliveryStatus.PENDING, "record a failed attempt");
        lastError = truncate(error);
        claimedUntil = null;
        if (permanent || policy.exhausted(attempts)) {
            status = DeliveryStatus.FAILED;
            failedAt = now;
            nextAttemptAt = null;
            return true;
        }
        nextAttemptAt = now.plus(policy.delayAfter(attempts));
        return false;
    }

    /** Sent within a digest e-mail rather than on its own. */
    public void digestedInto(UUID digest) {
        requireStatus(DeliveryStatus.HELD, "put into a digest");
        status = DeliveryStatus.DIGESTED;
        digestId = digest;
    }

    /** An admin fixed the cause (an address, the SMTP settings): try again from scratch. */
    public void retry(String newAddress, OffsetDateTime now) {
        requireStatus(DeliveryStatus.FAILED, "retry");
        if (erasedAt != null) {
            throw new IllegalTransitionException("Le texte de cet envoi a été effacé (durée de conservation écoulée) : "
                    + "renvoi impossible.");
        }
        if (newAddress != null && !newAddress.isBlank()) {
            address = newAddress;
        }
        if (address == null || address.isBlank()) {
            throw new IllegalTransitionException("Aucune adresse électronique connue pour ce destinataire : "
                    + "renvoi impossible.");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        failedAt = null;
        nextAttemptAt = now;
    }

    private void requireStatus(DeliveryStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException("Envoi " + id + " : impossible de " + action + " depuis l'état "
                    + status + ".");
        }
    }

    private static String truncate(String error) {
        String text = error == null ? "erreur inconnue" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public DeliveryStatus status() {
        return status;
    }

    public String address() {
        return address;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime failedAt() {
        return failedAt;
    }

    public UUID digestId() {
        return digestId;
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
    }
}
