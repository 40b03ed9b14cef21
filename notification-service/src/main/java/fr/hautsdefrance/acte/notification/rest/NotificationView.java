package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.notification.domain.Notification;

import java.time.OffsetDateTime;
import java.util.UUID;

public record NotificationView(UUID id, String kind, String title, String body, UUID applicationId,
        OffsetDateTime createdAt, OffsetDateTime readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.applicationId, n.createdAt, n.readAt());
    }
}
