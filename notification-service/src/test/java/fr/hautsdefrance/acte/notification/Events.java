package fr.hautsdefrance.acte.notification;

import fr.hautsdefrance.acte.testing.TopicWriter;

import java.util.UUID;

/** Events as the other services publish them (docs/asyncapi.yaml), for the tests to send. */
public final class Events {

    public static final String APPLICATIONS = "acte.application.v1";
    public static final String PAYMENTS = "acte.payment.v1";
    public static final String ORGANISATION_CONTACTS = "acte.organisation-contacts.v1";

    private Events() {
    }

    /** Sends {@code json} as event {@code type} (short name) with id {@code eventId}, keyed by {@code key}. */
    public static void send(String topic, String key, String eventId, String type, String json) {
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), topic, key, eventId,
                "fr.hautsdefrance.acte." + type + ".v1", json);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String file(UUID applicationId, String reference, String title) {
        return file(applicationId, reference, title, UUID.randomUUID());
    }

    public static String file(UUID applicationId, String reference, String title, UUID organisationId) {
        return """
                {"applicationId":"%s","reference":"%s","title":"%s","organisationId":"%s",
                 "organisationName":"Association Les Jardins du Bassin","callId":"%s","stage":"EMERGENCE"}
                """.formatted(applicationId, reference, title, organisationId, UUID.randomUUID());
    }

    /** A new organisation whose members are {@code subjects} (their contacts record sent); its id. */
    public static UUID organisation(String... subjects) {
        UUID organisationId = UUID.randomUUID();
        members(organisationId, 1, subjects);
        return organisationId;
    }

    /** Sends the organisation's whole list of members at {@code revision}, as application-service does. */
    public static String members(UUID organisationId, long revision, String... subjects) {
        return contactsRecord(organisationId, revision,
                String.join(",", java.util.Arrays.stream(subjects).map(Events::contact).toList()));
    }

    /** Waits until the organisation's contacts at {@code revision} (or later) are held. */
    public static void awaitRevision(UUID organisationId, long revision) {
        org.awaitility.Awaitility.await("contacts of " + organisationId + " at revision " + revision)
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                        fr.hautsdefrance.acte.notification.domain.OrganisationContacts
                                .<fr.hautsdefrance.acte.notification.domain.OrganisationContacts>findByIdOptional(
                                        organisationId)
                                .map(c -> c.revision() >= revision).orElse(false)));
    }

    /** Sends the organisation's contacts record with {@code contacts} (the JSON array's items) as its members. */
    public static String contactsRecord(UUID organisationId, long revision, String contacts) {
        String eventId = newId();
        send(ORGANISATION_CONTACTS, organisationId.toString(), eventId, "organisation.contacts-changed", """
                {"organisation":{"organisationId":"%s","name":"Association Les Jardins du Bassin","siren":"123456782"},
                 "contacts":[%s],"revision":%d,"changedAt":"2026-11-20T09:00:00Z"}""".formatted(organisationId, contacts,
                revision));
        return eventId;
    }

    public static String contact(String subject) {
        return "{\"subject\":\"%s\",\"email\":\"%s@example.org\",\"name\":\"Nom de %s\"}".formatted(subject, subject,
                subject);
    }

    public static String address(String subject) {
        return subject + "@example.org";
    }

    /** A reference unique enough for one test run: ACTE-2026-nnnnnn. */
    public static String reference() {
        return "ACTE-2026-%06d".formatted(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
    }
}
