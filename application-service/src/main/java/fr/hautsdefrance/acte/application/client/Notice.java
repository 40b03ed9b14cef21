package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An in-app notice of notification-service: what the platform told the person, and whether they read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notice(UUID id, String kind, String title, String body, UUID applicationId, OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
