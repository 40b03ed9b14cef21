package fr.hautsdefrance.acte.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's reading of {@code application.submitted}: who to tell, and about what. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationSubmitted(UUID applicationId, String reference, String title, String submittedBy,
        OffsetDateTime submittedAt) {
}
