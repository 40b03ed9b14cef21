package fr.hautsdefrance.acte.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An in-app notice for one person. At most one per (event, recipient): the database refuses a
 * second, so a replayed event never notifies twice.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_subject", nullable = false, updatable = false)
    public String recipientSubject;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "application_id", updatable = false)
    public UUID applicationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
    }

    public static Notification of(String recipientSubject, String eventId, String kind, String title, String body,
            UUID applicationId, OffsetDateTime now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipientSubject = recipientSubject;
        notification.eventId = eventId;
        notification.kind = kind;
        notification.title = title;
        notification.body = body;
        notification.applicationId = applicationId;
        notification.createdAt = now;
        return notification;
    }

    public OffsetDateTime readAt() {
        return readAt;
    }

    /** Reading twice keeps the first reading's time. */
    public void markRead(OffsetDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
