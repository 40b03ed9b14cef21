package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's reading of the organisation events ({@code organisation.member-added},
 * {@code member-removed}, {@code renamed}, {@code verified}): the fields of all four, each event
 * filling its own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationChange(Organisation organisation, Member member, OffsetDateTime addedAt, String subject,
        OffsetDateTime removedAt, OffsetDateTime renamedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(UUID organisationId, String name, String siren) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String subject, String email, String name) {
    }
}
