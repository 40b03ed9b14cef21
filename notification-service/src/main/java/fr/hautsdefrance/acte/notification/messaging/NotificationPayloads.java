package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.domain.Delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Payloads of the {@code notification.*} events (docs/asyncapi.yaml). */
public final class NotificationPayloads {

    private NotificationPayloads() {
    }

    public record Recipient(String subject, String email, String name) {
    }

    public record Sent(UUID notificationId, String causeEventId, String causeEventType, String kind, String channel,
            String audience, UUID applicationId, Recipient recipient, String subject, int attempts,
            OffsetDateTime sentAt) {

        public static Sent of(Delivery d) {
            return new Sent(d.id, d.eventId, d.eventType, d.kind.name(), d.channel.name(), d.audience.name(),
                    d.applicationId, new Recipient(d.recipientSubject, d.address(), d.recipientName), d.subjectLine,
                    d.attempts(), d.sentAt());
        }
    }

    public record Failed(UUID notificationId, String causeEventId, String causeEventType, String kind, String channel,
            String audience, UUID applicationId, Recipient recipient, String subject, int attempts, String reason,
            OffsetDateTime failedAt) {

        public static Failed of(Delivery d) {
            return new Failed(d.id, d.eventId, d.eventType, d.kind.name(), d.channel.name(), d.audience.name(),
                    d.applicationId, new Recipient(d.recipientSubject, d.address(), d.recipientName), d.subjectLine,
                    d.attempts(), d.lastError(), d.failedAt());
        }
    }

    /** Key of the record: the file, so the audit of one file stays in order; else the delivery. */
    public static String keyOf(Delivery d) {
        return (d.applicationId != null ? d.applicationId : d.id).toString();
    }
}
