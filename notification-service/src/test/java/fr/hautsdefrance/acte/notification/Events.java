package fr.hautsdefrance.acte.notification;

import fr.hautsdefrance.acte.testing.TopicWriter;

import java.util.UUID;

/** Events as the other services publish them (docs/asyncapi.yaml), for the tests to send. */
public final class Events {

    public static final String APPLICATIONS = "acte.application.v1";
    public static final String PAYMENTS = "acte.payment.v1";

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
        return """
                {"applicationId":"%s","reference":"%s","title":"%s","organisationId":"%s",
                 "organisationName":"Association Les Jardins du Bassin","callId":"%s","stage":"EMERGENCE"}
                """.formatted(applicationId, reference, title, UUID.randomUUID(), UUID.randomUUID());
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
