package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Deliveries;
import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A payment request goes to the officer who reviews its expense statement (not to finance);
 * finance is told when a liquidation awaits its mandate, with the amount liquidated.
 */
@QuarkusTest
class PaymentReviewNoticeTest {

    static String grant(UUID id) {
        return """
                {"grantId":"%1$s","applicationId":"%1$s","reference":"ACTE-2026-000042","title":"Tiers-lieu de Liévin",
                 "organisationId":"%2$s","organisationName":"Les Jardins du Bassin minier",
                 "deliberationNumber":"CP-2026-12-201","awardedAmount":30000.00}""".formatted(id,
                Events.organisation("porteuse-1"));
    }

    static String requested(UUID grant, String officer) {
        return """
                {"grant":%s,
                 "payment":{"paymentId":"%s","endToEndId":"x","kind":"INSTALMENT","sequence":1,"label":"acompte n° 1",
                            "status":"REQUESTED","amount":null},
                 "requestedAmount":6000.00,"statementLines":1,"realisedTotal":30000.00,"requestedBy":"porteuse-1",
                 "requestedByName":"Nadia","requestedAt":"2027-02-01T09:00:00Z",
                 "officer":%s}""".formatted(grant(grant), UUID.randomUUID(), officer == null ? "null"
                : "{\"subject\":\"" + officer + "\",\"email\":\"" + officer + "@hautsdefrance.fr\",\"name\":\"Jeanne Martin\"}");
    }

    /** The deliveries of an event, once one of {@code kind} is among them. */
    static List<Delivery> deliveriesOf(String eventId, MessageKind kind) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Deliveries.ofEvent(eventId).stream()
                .anyMatch(d -> d.kind == kind));
        return Deliveries.ofEvent(eventId);
    }

    static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static String send(UUID grant, String type, String payload) {
        String eventId = UUID.randomUUID().toString();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.payment.v1", grant.toString(), eventId,
                "fr.hautsdefrance.acte." + type + ".v1", payload);
        return eventId;
    }

    @Test
    void a_payment_request_goes_to_the_files_officer_and_not_to_finance() {
        UUID grant = UUID.randomUUID();
        String officer = "instructeur-" + UUID.randomUUID();
        List<Delivery> deliveries = deliveriesOf(send(grant, "payment.requested", requested(grant, officer)),
                MessageKind.PAYMENT_REQUEST_FOR_OFFICER);

        assertThat(deliveries).extracting(d -> d.kind).contains(MessageKind.PAYMENT_REQUEST_FOR_OFFICER)
                .doesNotContain(MessageKind.PAYMENT_REQUEST_FOR_FINANCE);
        assertThat(deliveries).noneMatch(d -> d.audience == Audience.FINANCE);
        Delivery review = deliveries.stream().filter(d -> d.kind == MessageKind.PAYMENT_REQUEST_FOR_OFFICER)
                .findFirst().orElseThrow();
        assertThat(review.audience).isEqualTo(Audience.OFFICER);
        assertThat(review.subjectLine).contains("état des dépenses à examiner");
    }

    @Test
    void a_request_on_a_file_without_a_known_officer_goes_to_the_managers() {
        UUID grant = UUID.randomUUID();
        List<Delivery> deliveries = deliveriesOf(send(grant, "payment.requested", requested(grant, null)),
                MessageKind.PAYMENT_REQUEST_FOR_MANAGERS);
        assertThat(deliveries).anyMatch(d -> d.kind == MessageKind.PAYMENT_REQUEST_FOR_MANAGERS
                && d.audience == Audience.MANAGERS && "responsables-acte@example.org".equals(d.address()));
    }

    @Test
    void finance_is_told_when_a_liquidation_awaits_its_mandate_with_the_amount() {
        UUID grant = UUID.randomUUID();
        String payload = """
                {"grant":%s,
                 "payment":{"paymentId":"%s","endToEndId":"x","kind":"INSTALMENT","sequence":1,"label":"acompte n° 1",
                            "status":"VALIDATED","amount":6000.00},
                 "acceptedEligibleBase":30000.00,"requestedAmount":6000.00,"liquidatedBy":"instructeur-1",
                 "liquidatedAt":"2027-02-03T10:00:00Z"}""".formatted(grant(grant), UUID.randomUUID());
        Delivery mandate = deliveriesOf(send(grant, "payment.liquidated", payload), MessageKind.LIQUIDATION_FOR_FINANCE).get(0);
        assertThat(mandate.kind).isEqualTo(MessageKind.LIQUIDATION_FOR_FINANCE);
        assertThat(mandate.address()).isEqualTo("finances-acte@example.org");
        assertThat(plain(mandate.subjectLine)).isEqualTo("Subvention ACTE-2026-000042 : mandat à émettre (acompte n° 1, "
                + "6 000,00 €)");
        assertThat(plain(mandate.textBody)).contains("Dépenses éligibles retenues : 30 000,00 €");
    }

    @Test
    void the_officer_is_told_by_email_and_notice_when_finance_returns_a_liquidation_with_the_reason() {
        UUID grant = UUID.randomUUID();
        String officer = "instructeur-" + UUID.randomUUID();
        String payload = """
                {"grant":%s,
                 "payment":{"paymentId":"%s","endToEndId":"x","kind":"INSTALMENT","sequence":1,"label":"acompte n° 1",
                            "status":"REQUESTED","amount":null},
                 "reason":"La facture facture-0.pdf ne porte pas le nom de l'association.","returnedAmount":6000.00,
                 "liquidatedBy":"%s","returnedBy":"finance-1","returnedByName":"Karim Haddad",
                 "returnedAt":"2027-02-04T10:00:00Z",
                 "officer":{"subject":"%s","email":"%s@hautsdefrance.fr","name":"Jeanne Martin"}}"""
                .formatted(grant(grant), UUID.randomUUID(), officer, officer, officer);
        List<Delivery> deliveries = deliveriesOf(send(grant, "payment.liquidation-returned", payload),
                MessageKind.LIQUIDATION_RETURNED_TO_OFFICER);

        Delivery returned = deliveries.stream().filter(d -> d.kind == MessageKind.LIQUIDATION_RETURNED_TO_OFFICER)
                .findFirst().orElseThrow();
        assertThat(returned.audience).isEqualTo(Audience.OFFICER);
        assertThat(returned.address()).isEqualTo(officer + "@hautsdefrance.fr");
        assertThat(returned.subjectLine).isEqualTo("Subvention ACTE-2026-000042 : liquidation renvoyée par le service "
                + "financier (acompte n° 1)");
        assertThat(plain(returned.textBody)).contains("ne porte pas le nom")
                .contains("Karim Haddad").contains("6 000,00 €");
        assertThat(deliveries).noneMatch(d -> d.audience == Audience.APPLICANT);
    }
}
