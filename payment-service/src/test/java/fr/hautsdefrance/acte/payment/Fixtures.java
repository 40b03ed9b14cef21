package fr.hautsdefrance.acte.payment;

import fr.hautsdefrance.acte.messaging.EventContract;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.testing.Tokens;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Grants as application-service opens them (its events on the real broker), then driven through
 * this service's API by the people who act on them: the beneficiary's member, the officer, two
 * finance officers.
 */
public final class Fixtures {

    public static final String APPLICATION_TOPIC = "acte.application.v1";
    public static final String PAYMENT_TOPIC = "acte.payment.v1";
    public static final String ORGANISATION_CONTACTS_TOPIC = "acte.organisation-contacts.v1";
    public static final String OFFICER = "instructeur-1";
    public static final String MAKER = "finance-1";
    public static final String CHECKER = "finance-2";
    public static final String IBAN = "FR1420041010050500013M02606";
    public static final String OTHER_IBAN = "FR7630001007941234567890185";
    public static final Duration EVENTUAL = Duration.ofSeconds(60);

    private static final AtomicInteger REFERENCES = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));
    private static final EventContract CONTRACT = EventContract.load();

    private Fixtures() {
    }

    public static RequestSpecification as(String subject, String... roles) {
        return given().auth().oauth2(Tokens.of(subject, roles));
    }

    public static RequestSpecification member(String subject) {
        return as(subject, "applicant");
    }

    public static RequestSpecification officer() {
        return as(OFFICER, "officer");
    }

    public static RequestSpecification finance(String subject) {
        return as(subject, "finance");
    }

    /**
     * What a grant is opened with: the amount voted, the scheme's ceiling rate, the planned eligible
     * base; {@code votedRate} as application-service writes it, or null for an event written before
     * the voted rate and the planned base were carried explicitly.
     */
    public record Award(String owner, String amount, String rate, String eligibleBase, String votedRate, String stage,
            LocalDate decidedAt, UUID callId) {

        public static Award of(String owner) {
            return new Award(owner, "30000.00", "0.5", "60000.00", "0.5", "EMERGENCE", LocalDate.now().minusDays(20),
                    UUID.randomUUID());
        }

        public Award decidedOn(LocalDate date) {
            return new Award(owner, amount, rate, eligibleBase, votedRate, stage, date, callId);
        }

        /** Another amount on another planned base, under a ceiling rate. */
        public Award voted(String awarded, String plannedBase, String ceilingRate, String shownVotedRate) {
            return new Award(owner, awarded, ceilingRate, plannedBase, shownVotedRate, stage, decidedAt, callId);
        }

        /** As application.approved was written before it carried plannedEligibleBase and votedRate. */
        public Award asOlderEvent() {
            return new Award(owner, amount, rate, eligibleBase, null, stage, decidedAt, callId);
        }

        /** A file of that call (appel à projets). */
        public Award inCall(UUID call) {
            return new Award(owner, amount, rate, eligibleBase, votedRate, stage, decidedAt, call);
        }
    }

    /** The events of one award, with their ids, so that a test can send them again. */
    public record AwardEvents(String grantId, String approvedId, String approvedJson, String signedId, String signedJson) {

        public void sendApproved() {
            TopicWriter.sendEvent(TopicWriter.bootstrapServers(), APPLICATION_TOPIC, grantId, approvedId,
                    "fr.hautsdefrance.acte.application.approved.v1", approvedJson);
        }

        public void sendSigned() {
            TopicWriter.sendEvent(TopicWriter.bootstrapServers(), APPLICATION_TOPIC, grantId, signedId,
                    "fr.hautsdefrance.acte.application.agreement-signed.v1", signedJson);
        }
    }

    /**
     * The events of an award to a new organisation whose one member is the award's owner: its contacts
     * record is sent at once (who acts for the grant comes from there), the file's events when asked.
     */
    public static AwardEvents events(Award award) {
        String grantId = UUID.randomUUID().toString();
        String reference = "ACTE-2026-" + String.format("%06d", REFERENCES.incrementAndGet());
        String organisation = UUID.randomUUID().toString();
        sendContacts(organisation, 1, award.owner());
        String file = """
                {"applicationId":"%s","reference":"%s","title":"Ressourcerie coopérative de Lens-Liévin",
                 "organisationId":"%s","organisationName":"Les Jardins du Bassin minier","callId":"%s","stage":"%s"}"""
                .formatted(grantId, reference, organisation, award.callId(), award.stage());
        String approved = """
                {"file":%s,
                 "decision":{"deliberationNumber":"CP-2026-12-%s","decidedAt":"%s","committeeSessionId":"%s"},
                 "awardedAmount":%s,"rate":%s,"eligibleBase":%s,%s
                 "beneficiary":{"organisationId":"%s","name":"Les Jardins du Bassin minier","siren":"123456782",
                                "siret":"12345678200017","rna":"W621234567","addressLine":"12 rue de la Fosse 9",
                                "postcode":"62300","communeCode":"62498"},
                 "bankDetailsDocumentId":null,
                 "plannedExpenses":[{"category":"OPERATING","amount":40000.00},{"category":"EXTERNAL_SERVICES","amount":20000.00}],
                 "officer":{"subject":"%s","email":"jeanne.martin@hautsdefrance.fr","name":"Jeanne Martin"}}"""
                .formatted(file, reference.substring(10), award.decidedAt(), UUID.randomUUID(), award.amount(),
                        award.rate(), award.eligibleBase(), award.votedRate() == null ? ""
                                : "\"plannedEligibleBase\":" + award.eligibleBase() + ",\"votedRate\":" + award.votedRate() + ",",
                        organisation, OFFICER);
        String signed = """
                {"file":%s,"awardedAmount":%s,"deliberationNumber":"CP-2026-12-%s",
                 "signedAt":"%sT10:00:00Z","signedBy":"%s","signerName":"Nadia Benali"}"""
                .formatted(file, award.amount(), reference.substring(10), award.decidedAt().plusDays(5),
                        award.owner());
        return new AwardEvents(grantId, UUID.randomUUID().toString(), approved, UUID.randomUUID().toString(), signed);
    }

    /**
     * Sends the organisation's whole list of members at {@code revision}, as application-service does on
     * acte.organisation-contacts.v1; returns the record's event id.
     */
    public static String sendContacts(String organisation, long revision, String... members) {
        String eventId = UUID.randomUUID().toString();
        String contacts = String.join(",", java.util.Arrays.stream(members).map(member -> """
                {"subject":"%s","email":"%s@example.org","name":"Nadia Benali"}""".formatted(member, member)).toList());
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), ORGANISATION_CONTACTS_TOPIC, organisation, eventId,
                "fr.hautsdefrance.acte.organisation.contacts-changed.v1", """
                        {"organisation":{"organisationId":"%s","name":"Les Jardins du Bassin minier","siren":"123456782"},
                         "contacts":[%s],"revision":%d,"changedAt":"2026-11-20T09:00:00Z"}"""
                        .formatted(organisation, contacts, revision));
        return eventId;
    }

    /** An awarded grant whose agreement is signed (open: the advance may be requested); returns its id. */
    public static String openGrant(Award award) {
        AwardEvents events = events(award);
        events.sendApproved();
        events.sendSigned();
        awaitStatus(award.owner(), events.grantId(), "OPEN");
        return events.grantId();
    }

    public static void awaitStatus(String owner, String grantId, String status) {
        await("grant " + grantId + " " + status).atMost(EVENTUAL).untilAsserted(() ->
                member(owner).get("/api/v1/grants/{id}", grantId).then().statusCode(200).body("status", equalTo(status)));
    }

    /** The owner enters the RIB, a finance officer validates it; returns the bank account's id. */
    public static String validatedBankDetails(String owner, String grantId, String iban) {
        String account = member(owner).contentType(ContentType.JSON).body(bankDetails(iban))
                .post("/api/v1/grants/{id}/bank-details", grantId).then().statusCode(201).extract().path("id");
        finance(CHECKER).post("/api/v1/grants/{g}/bank-details/{a}/validation", grantId, account)
                .then().statusCode(200).body("status", equalTo("VALIDATED"));
        return account;
    }

    public static String bankDetails(String iban) {
        return """
                {"holderName":"Association Les Jardins du Bassin minier","iban":"%s","bic":"PSSTFRPPLIL",
                 "streetName":"Rue de la Fosse 9","buildingNumber":"12","postCode":"62300","townName":"Lens",
                 "country":"FR"}""".formatted(iban);
    }

    /** A payment request; the answer as given. */
    public static ValidatableResponse request(String owner, String grantId, String body) {
        return member(owner).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/v1/grants/{id}/payment-requests", grantId).then();
    }

    public static String advance() {
        return "{\"kind\":\"ADVANCE\"}";
    }

    /** A statement of realised expenses: category and amount pairs. */
    public static String statement(String kind, String... categoryAmounts) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < categoryAmounts.length; i += 2) {
            if (i > 0) {
                lines.append(',');
            }
            lines.append("""
                    {"category":"%s","label":"Dépenses %s","realisedAmount":%s,"supportingDocuments":["facture-%d.pdf"]}"""
                    .formatted(categoryAmounts[i], categoryAmounts[i].toLowerCase(), categoryAmounts[i + 1], i));
        }
        return "{\"kind\":\"" + kind + "\",\"lines\":[" + lines + "]}";
    }

    /** The officer accepts every line as declared. */
    public static ValidatableResponse acceptAll(String paymentId, int lines) {
        String reviews = String.join(",", java.util.Collections.nCopies(lines, "{\"decision\":\"ACCEPTED\"}"));
        return officer().contentType(ContentType.JSON).body("{\"lines\":[" + reviews + "]}")
                .post("/api/v1/payments/{id}/review", paymentId).then();
    }

    /** Maker prepares, checker approves. */
    public static void prepareAndApprove(String paymentId) {
        finance(MAKER).post("/api/v1/payments/{id}/preparation", paymentId).then().statusCode(200);
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", paymentId).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    /** A SEPA file of these approved payments; returns the batch id. */
    public static String batch(String... paymentIds) {
        return finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"paymentIds\":[\"" + String.join("\",\"", paymentIds) + "\"]}")
                .post("/api/v1/payment-batches").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse bankReport(String batchId, String entriesJson) {
        return finance(MAKER).contentType(ContentType.JSON).body("{\"entries\":" + entriesJson + "}")
                .post("/api/v1/payment-batches/{id}/status-report", batchId).then();
    }

    public static String endToEndId(String paymentId) {
        return paymentId.replace("-", "");
    }

    /** The batch's pain.001 file as the bank receives it, checked against ISO's schema. */
    public static byte[] validFile(String batchId) {
        byte[] file = finance(MAKER).get("/api/v1/payment-batches/{id}/pain.001", batchId).then().statusCode(200)
                .extract().asByteArray();
        try {
            fr.hautsdefrance.acte.payment.Pain001Schema.validate(file);
        } catch (org.xml.sax.SAXException | java.io.IOException e) {
            throw new AssertionError("pain.001 file of batch " + batchId + " does not conform: " + e.getMessage(), e);
        }
        return file;
    }

    /** The batch's PES_Aller file as the accountant receives it, checked against the PES V2 schemas. */
    public static byte[] validPesFile(String batchId) {
        byte[] file = finance(MAKER).get("/api/v1/payment-batches/{id}/pes-aller", batchId).then().statusCode(200)
                .extract().asByteArray();
        try {
            PesSchema.validate(file);
        } catch (org.xml.sax.SAXException | java.io.IOException e) {
            throw new AssertionError("PES file of batch " + batchId + " does not conform: " + e.getMessage(), e);
        }
        return file;
    }

    /** The accountant's answer about a bordereau, uploaded by finance as received. */
    public static ValidatableResponse accountantAnswer(String batchId, String xml) {
        return finance(MAKER).contentType("application/xml").body(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/payment-batches/{id}/accountant-answers", batchId).then();
    }

    /**
     * Approved and sent (a SEPA file checked against ISO's XSD, or a PES bordereau checked against the
     * PES V2 schemas and taken in charge by the accountant), then reported paid.
     */
    public static void payThroughTheBank(String paymentId) {
        prepareAndApprove(paymentId);
        String batch = batch(paymentId);
        io.restassured.path.json.JsonPath view = finance(MAKER).get("/api/v1/payment-batches/{id}", batch).then()
                .statusCode(200).extract().jsonPath();
        if ("PES".equals(view.getString("channel"))) {
            int mandate = view.getInt("payments[0].mandateNumber");
            assertThat(new String(validPesFile(batch), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .contains("<IdPce V=\"" + mandate + "\"/>");
            accountantAnswer(batch, PesAnswers.acquit(view.getString("messageId"))).statusCode(200);
            accountantAnswer(batch, PesAnswers.retour(view.getInt("exercise"), view.getInt("bordereauNumber"),
                    PesAnswers.takenInCharge(mandate, java.time.LocalDate.now().toString()))).statusCode(200);
        } else {
            assertThat(new String(validFile(batch), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<EndToEndId>" + endToEndId(paymentId) + "</EndToEndId>");
        }
        bankReport(batch, "[{\"endToEndId\":\"" + endToEndId(paymentId) + "\",\"status\":\"PAID\"}]").statusCode(200);
    }

    /**
     * The payment events published for a grant (the commitment's aside), read back from the topic as
     * the Region's systems read them, each checked again against docs/asyncapi.yaml; waits for
     * {@code expected} of them.
     */
    public static List<ConsumerRecord<String, String>> publishedFor(String grantId, int expected) {
        return published(grantId, false, expected);
    }

    /** The commitment's events of a grant (grant.committed, grant.commitment-released), checked likewise. */
    public static List<ConsumerRecord<String, String>> commitmentEventsFor(String grantId, int expected) {
        return published(grantId, true, expected);
    }

    private static boolean commitmentEvent(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type").startsWith("fr.hautsdefrance.acte.grant.commit");
    }

    /** The payment events (or only the commitment's) of a grant, in the order published. */
    private static List<ConsumerRecord<String, String>> published(String grantId, boolean commitment, int expected) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(TopicWriter.bootstrapServers(), PAYMENT_TOPIC,
                r -> grantId.equals(r.key()) && commitmentEvent(r) == commitment, expected, EVENTUAL);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (ConsumerRecord<String, String> record : records) {
            EventType type = EventType.fromCloudEventType(TopicReader.header(record, "ce_type"));
            assertThat(type).as("declared type of %s", record.value()).isNotNull();
            assertThat(CONTRACT.topicOf(type)).isEqualTo(PAYMENT_TOPIC);
            try {
                Set<String> violations = CONTRACT.violations(type, mapper.readTree(record.value()));
                assertThat(violations).as("%s against docs/asyncapi.yaml", type).isEmpty();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/acte/payment-service");
        }
        return records;
    }

    /** Short names of the events (payment.scheduled…), in the order published. */
    public static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> EventType.fromCloudEventType(TopicReader.header(r, "ce_type")).shortName())
                .toList();
    }
}
