package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static fr.hautsdefrance.acte.e2e.AwardSteps.EVENTUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * From the vote to the last payment across the running services, as a Region pays: the award is
 * committed at the vote; the beneficiary (porteur) requests, the officer (instructeur) liquidates
 * each expense statement, two finance officers (finance, finance2) prepare and approve each mandate,
 * the bordereau goes to the public accountant as a PES V2 file, its acquit and retour come back and
 * the payment is recorded. One grant is prorated at its voted rate, another was overpaid.
 */
@ExtendWith(PlatformExtension.class)
class PaymentFlowIT {

    static final String IBAN = "FR1420041010050500013M02606";

    @Test
    void advance_instalment_and_a_balance_prorated_at_the_voted_rate_are_paid_to_the_validated_account(
            RunningPlatform platform) throws Exception {
        // 40,000 € asked on 80,000 € of eligible expenses (ceiling 50 %), 30,000 € voted: a voted rate of 37.5 %.
        String organisation = AwardSteps.organisation(platform, "porteur", "Ressourcerie coopérative de Carvin",
                Sirens.random());
        String grant = AwardSteps.submitted(platform, "porteur", organisation, "40000.00");
        AwardSteps.review(platform, grant);
        AwardSteps.assess(platform, grant, "30000.00");
        AwardSteps.award(platform, grant, "30000.00");
        AwardSteps.acceptOnline(platform, "porteur", grant);
        await("grant account awaiting the agreement").atMost(EVENTUAL).untilAsserted(() -> payment(platform, "porteur")
                .get("/api/v1/grants/{id}", grant).then().statusCode(200).body("status", equalTo("AWAITING_AGREEMENT")));
        bankDetails(platform, grant);
        // Accepted by the beneficiary only: no advance before the Region signs too.
        request(platform, grant, "{\"kind\":\"ADVANCE\"}").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("les deux parties"));
        AwardSteps.countersign(platform, grant);
        awaitOpen(platform, grant);
        payment(platform, "porteur").get("/api/v1/grants/{id}", grant).then()
                .body("awardedAmount", equalTo(30000.00f)).body("rate", equalTo(0.375f))
                .body("ceilingRate", equalTo(0.5f)).body("plannedEligibleBase", equalTo(80000.00f))
                .body("advanceAmount", equalTo(9000.00f)).body("deliberationNumber", org.hamcrest.Matchers.startsWith("CP-" + AwardSteps.today() + "-"));

        String advance = request(platform, grant, "{\"kind\":\"ADVANCE\"}").then().statusCode(201)
                .body("amount", equalTo(9000.00f)).extract().path("id");
        String advanceFile = pay(platform, advance);
        // The bordereau of one mandate: charged on the commitment's imputation, paid to the validated account.
        assertThat(advanceFile).contains("<TypFic V=\"PESALR2\"/>", "<NbrPce V=\"1\"/>", "<MtBordHT V=\"9000.00\"/>",
                "<Nature V=\"6574\"/>", "<MtHT V=\"9000.00\"/>", "<IBAN V=\"" + IBAN + "\"/>", "ENG-");

        // 40,000 € realised at 37.5 % = 15,000 € earned, less the 9,000 € advance.
        String instalment = request(platform, grant, statement("INSTALMENT", "ANIMATION_ENGINEERING", "40000.00"))
                .then().statusCode(201).extract().path("id");
        review(platform, instalment, 1);
        payment(platform, "porteur").get("/api/v1/payments/{id}", instalment).then().body("amount", equalTo(6000.00f));
        pay(platform, instalment);

        // The final statement: 70,000 € realised instead of 80,000 €: the grant comes to 26,250 € (37.5 %),
        // not the 30,000 € the 50 % ceiling would give.
        String balance = request(platform, grant, statement("BALANCE", "ANIMATION_ENGINEERING", "45000.00",
                "EXPERIMENTATION_CAPITALISATION", "25000.00")).then().statusCode(201).extract().path("id");
        review(platform, balance, 2);
        payment(platform, "porteur").get("/api/v1/payments/{id}", balance).then().body("amount", equalTo(11250.00f));
        pay(platform, balance);

        payment(platform, "porteur").get("/api/v1/grants/{id}", grant).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("finalAmount", equalTo(26250.00f))
                .body("paidAmount", equalTo(26250.00f))
                // Committed at the vote for the 30,000 € voted; 3,750 € never to be paid released at the balance.
                .body("commitment.amount", equalTo(30000.00f)).body("commitment.releasedAmount", equalTo(3750.00f))
                .body("commitment.status", equalTo("CLOSED"));
        assertThat(commitmentEvents(platform, grant, 2)).containsExactly("grant.committed", "grant.commitment-released");
        // The file itself follows: closed at the amount earned, all of it paid.
        org.awaitility.Awaitility.await("the file closed").atMost(AwardSteps.EVENTUAL).untilAsserted(() ->
                platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", grant).then()
                        .body("status", equalTo("CLOSED")).body("decision.paidAmount", equalTo(26250.00f))
                        .body("decision.finalAmount", equalTo(26250.00f)));
        assertThat(published(platform, grant, 16)).containsExactly("payment.scheduled",
                "payment.requested", "payment.liquidated", "payment.approved", "payment.ordered", "payment.paid",
                "payment.requested", "payment.liquidated", "payment.approved", "payment.ordered", "payment.paid",
                "payment.requested", "payment.liquidated", "payment.approved", "payment.ordered", "payment.paid");
    }

    @Test
    void an_overpaid_grant_gets_a_recovery_followed_until_collected(RunningPlatform platform) throws Exception {
        String grant = AwardSteps.signedAgreement(platform, "porteur", "Épicerie solidaire coopérative de Liévin",
                Sirens.random(), "40000.00");
        awaitOpen(platform, grant);
        bankDetails(platform, grant);
        String advance = request(platform, grant, "{\"kind\":\"ADVANCE\"}").then().statusCode(201).extract().path("id");
        pay(platform, advance);
        // 64,000 € realised earn 32,000 €: the 80 % ceiling, 20,000 € after the advance.
        String instalment = request(platform, grant, statement("INSTALMENT", "ANIMATION_ENGINEERING", "64000.00"))
                .then().statusCode(201).extract().path("id");
        review(platform, instalment, 1);
        pay(platform, instalment);

        // Only 60,000 € realised in the end: 30,000 € earned, 32,000 € paid.
        String balance = request(platform, grant, statement("BALANCE", "ANIMATION_ENGINEERING", "60000.00"))
                .then().statusCode(201).extract().path("id");
        review(platform, balance, 1);

        // The final amount that claims money back is checked by a second person: not the officer, the manager.
        String recovery = payment(platform, "finance").get("/api/v1/grants/{id}", grant).then()
                .body("recovery.status", equalTo("PROPOSED")).body("status", equalTo("OPEN"))
                .extract().path("recovery.id");
        platform.as("instructeur", Service.PAYMENT).post("/api/v1/recoveries/{id}/confirmation", recovery).then()
                .statusCode(403);
        platform.as("responsable", Service.PAYMENT).post("/api/v1/recoveries/{id}/confirmation", recovery).then()
                .statusCode(200).body("status", equalTo("ISSUED"));

        // Money is owed: neither the grant nor the file is settled while it is.
        payment(platform, "porteur").get("/api/v1/grants/{id}", grant).then().statusCode(200)
                .body("status", equalTo("RECOVERY")).body("finalAmount", equalTo(30000.00f))
                .body("paidAmount", equalTo(32000.00f)).body("recovery.amount", equalTo(2000.00f))
                .body("recovery.reason", containsString("à reverser à la Région"));
        await("the recovery on the file").atMost(EVENTUAL).untilAsserted(() ->
                platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", grant).then()
                        .body("decision.recoveryAmount", equalTo(2000.00f)).body("status", equalTo("AGREEMENT_SIGNED")));

        // The accountant collected the 2,000 €; finance records it: the grant is settled, then the file.
        payment(platform, "finance").contentType(ContentType.JSON)
                .body("{\"collectedOn\":\"" + java.time.LocalDate.now() + "\"}")
                .post("/api/v1/recoveries/{id}/collection", recovery).then().statusCode(200)
                .body("status", equalTo("COLLECTED"));
        payment(platform, "porteur").get("/api/v1/grants/{id}", grant).then().body("status", equalTo("CLOSED"));
        await("the file closed").atMost(EVENTUAL).untilAsserted(() ->
                platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", grant).then()
                        .body("status", equalTo("CLOSED")).body("decision.finalAmount", equalTo(30000.00f)));
        assertThat(published(platform, grant, 14)).endsWith("payment.requested", "payment.recovery-issued",
                "payment.recovery-settled");
    }

    private static RequestSpecification payment(RunningPlatform platform, String login) {
        return platform.as(login, Service.PAYMENT);
    }

    /** The award and the signature reach payment-service through Kafka. */
    static void awaitOpen(RunningPlatform platform, String grant) {
        await("grant account opened").atMost(EVENTUAL).untilAsserted(() -> payment(platform, "porteur")
                .get("/api/v1/grants/{id}", grant).then().statusCode(200).body("status", equalTo("OPEN")));
    }

    /** The beneficiary enters the RIB; a finance officer validates it, never the beneficiary. */
    static void bankDetails(RunningPlatform platform, String grant) {
        String account = payment(platform, "porteur").contentType(ContentType.JSON).body("""
                        {"holderName":"Coopérative de l'atelier partagé","iban":"FR14 2004 1010 0505 0001 3M02 606",
                         "bic":"PSSTFRPPLIL","streetName":"Rue de la Fosse 9","buildingNumber":"12",
                         "postCode":"62300","townName":"Lens","country":"FR"}""")
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(201).extract().path("id");
        payment(platform, "porteur").post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, account)
                .then().statusCode(403);
        payment(platform, "finance2").post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, account)
                .then().statusCode(200).body("status", equalTo("VALIDATED"));
    }

    static io.restassured.response.Response request(RunningPlatform platform, String grant, String body) {
        return payment(platform, "porteur").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/grants/{id}/payment-requests", grant);
    }

    static String statement(String kind, String... categoryAmounts) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < categoryAmounts.length; i += 2) {
            lines.add("""
                    {"category":"%s","label":"Dépenses réalisées","realisedAmount":%s,"supportingDocuments":["facture-%d.pdf"]}"""
                    .formatted(categoryAmounts[i], categoryAmounts[i + 1], i));
        }
        return "{\"kind\":\"" + kind + "\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    /** The officer accepts every line of the statement as declared. */
    static void review(RunningPlatform platform, String paymentId, int lines) {
        String reviews = String.join(",", java.util.Collections.nCopies(lines, "{\"decision\":\"ACCEPTED\"}"));
        platform.as("instructeur", Service.PAYMENT).contentType(ContentType.JSON).body("{\"lines\":[" + reviews + "]}")
                .post("/api/v1/payments/{id}/review", paymentId).then().statusCode(200);
    }

    /**
     * finance prepares, is refused the approval of their own order, finance2 approves (the mandate is
     * issued); finance puts it in a bordereau whose PES V2 file is checked against the PES schemas,
     * imports the accountant's acquit and retour (the mandate taken in charge), then the payment
     * information. Returns the file.
     */
    static String pay(RunningPlatform platform, String paymentId) throws Exception {
        payment(platform, "finance").post("/api/v1/payments/{id}/preparation", paymentId).then().statusCode(200);
        payment(platform, "finance").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", paymentId).then().statusCode(403);
        payment(platform, "finance2").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", paymentId).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        String batch = payment(platform, "finance").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"paymentIds\":[\"" + paymentId + "\"]}").post("/api/v1/payment-batches")
                .then().statusCode(201).body("channel", equalTo("PES")).extract().path("id");
        io.restassured.path.json.JsonPath bordereau = payment(platform, "finance")
                .get("/api/v1/payment-batches/{id}", batch).then().statusCode(200).extract().jsonPath();
        byte[] file = payment(platform, "finance").get("/api/v1/payment-batches/{id}/pes-aller", batch)
                .then().statusCode(200).extract().asByteArray();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(java.nio.file.Path.of(System.getProperty("acte.project.root"),
                        "payment-service/src/test/resources/pes/PES_Aller-ACTE.xsd").toFile())
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
        int mandate = bordereau.getInt("payments[0].mandateNumber");
        answer(platform, batch, """
                <n:PES_Acquit xmlns:n="http://www.minefi.gouv.fr/cp/helios/pes"><Acquit><NomFic V="%s"/></Acquit></n:PES_Acquit>"""
                .formatted(bordereau.getString("messageId")));
        answer(platform, batch, """
                <n:PES_Retour xmlns:n="http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/retour"><PES_DepenseRetour>
                 <EnTeteDepense><TypRestit V="01"/><IdVer V="2"/><NatInf V="2"/></EnTeteDepense>
                 <Bordereau><BlocBordereau><Exer V="%d"/><IdBord V="%d"/></BlocBordereau>
                  <Piece><InfoPiece><IdPce V="%d"/><TypPce V="01"/><NatPce V="01"/><DtePcePec V="%s"/><EtatPce V="01"/></InfoPiece></Piece>
                 </Bordereau></PES_DepenseRetour></n:PES_Retour>"""
                .formatted(bordereau.getInt("exercise"), bordereau.getInt("bordereauNumber"), mandate,
                        java.time.LocalDate.now()));
        payment(platform, "finance").get("/api/v1/payments/{id}", paymentId).then()
                .body("takenInChargeOn", equalTo(java.time.LocalDate.now().toString()));
        payment(platform, "finance").contentType(ContentType.JSON)
                .body("{\"entries\":[{\"endToEndId\":\"" + paymentId.replace("-", "") + "\",\"status\":\"PAID\"}]}")
                .post("/api/v1/payment-batches/{id}/status-report", batch).then().statusCode(200)
                .body("payments[0].status", equalTo("PAID"));
        return new String(file, StandardCharsets.ISO_8859_1);
    }

    /** finance imports an answer of the public accountant about a bordereau, as received. */
    private static void answer(RunningPlatform platform, String batch, String xml) {
        payment(platform, "finance").contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/payment-batches/{id}/accountant-answers", batch).then().statusCode(200);
    }

    /** The types of the payment events published for a grant on acte.payment.v1, read from the beginning. */
    private static List<String> published(RunningPlatform platform, String grant, int expected) {
        return published(platform, grant, false, expected);
    }

    /** The types of the events of a grant's commitment (grant.committed, grant.commitment-released). */
    private static List<String> commitmentEvents(RunningPlatform platform, String grant, int expected) {
        return published(platform, grant, true, expected);
    }

    private static List<String> published(RunningPlatform platform, String grant, boolean commitment, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "payment-flow-it-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("acte.payment.v1"));
            Instant deadline = Instant.now().plus(EVENTUAL);
            while (Instant.now().isBefore(deadline) && types.size() < expected) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (grant.equals(record.key())) {
                        String type = new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
                        types.add(type.replace("fr.hautsdefrance.acte.", "").replace(".v1", ""));
                    }
                }
                // The commitment's own events (grant.committed, grant.commitment-released) are counted apart.
                if (!commitment) {
                    types.removeIf(type -> type.startsWith("grant.commit"));
                } else {
                    types.removeIf(type -> !type.startsWith("grant.commit"));
                }
            }
        }
        return types;
    }
}
