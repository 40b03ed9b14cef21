package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's reading of {@code organisation.renamed}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationChange(Organisation organisation, OffsetDateTime renamedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(UUID organisationId, String name, String siren) {
    }
}
