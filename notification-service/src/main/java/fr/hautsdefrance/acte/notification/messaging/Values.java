package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.notification.service.Person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a template shows, gathered from an event; an absent value shows as nothing rather than "null". */
final class Values {

    private final Map<String, Object> values = new HashMap<>();

    static Values of(InboundPayloads.FileRef file) {
        return new Values().put("applicationId", file.applicationId()).put("reference", file.reference())
                .put("title", file.title()).put("organisationName", file.organisationName());
    }

    static Values of(InboundPayloads.GrantRef grant) {
        return new Values().put("applicationId", grant.applicationId()).put("grantId", grant.grantId())
                .put("reference", grant.reference()).put("title", grant.title())
                .put("organisationName", grant.organisationName())
                .put("deliberationNumber", grant.deliberationNumber());
    }

    Values put(String key, Object value) {
        values.put(key, value == null ? "" : value instanceof java.util.UUID ? value.toString() : value);
        return this;
    }

    Map<String, Object> map() {
        return Map.copyOf(values);
    }

    /** The members to tell; a contact without a subject cannot be told anything and is left out. */
    static List<Person> people(List<InboundPayloads.Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream().filter(Objects::nonNull)
                .filter(c -> c.subject() != null && !c.subject().isBlank())
                .map(c -> new Person(c.subject(), c.email(), c.name())).distinct().toList();
    }

    static List<Person> person(InboundPayloads.Contact contact) {
        return contact == null || contact.subject() == null || contact.subject().isBlank() ? List.of()
                : List.of(new Person(contact.subject(), contact.email(), contact.name()));
    }

    /** A payload without what the message needs cannot be processed by any retry: it is poison. */
    static <T> T required(T value, String eventId, String what) {
        if (value == null) {
            throw new PoisonEventException("event " + eventId + " lacks " + what);
        }
        return value;
    }
}
