package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * This service's reading of {@code organisation.contacts-changed} (acte.organisation-contacts.v1): the
 * organisation's current members, the whole list, at a revision that only grows.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactsChanged(OrganisationChange.Organisation organisation, List<ApplicationApproved.Contact> contacts,
        Long revision, OffsetDateTime changedAt) {
}
