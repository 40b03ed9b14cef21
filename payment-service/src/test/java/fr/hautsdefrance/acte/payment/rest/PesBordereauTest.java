package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.payment.PesAnswers;
import fr.hautsdefrance.acte.web.AdjustableClock;
import fr.hautsdefrance.acte.web.RegionCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The Region's way (channel PES, this deployment's default): approved mandates go to the public
 * accountant in a bordereau (a PES V2 file), whose answers finance imports as received; the
 * payment is recorded from the accountant's payment information.
 */
@QuarkusTest
class PesBordereauTest {

    @Inject
    AdjustableClock time;

    @AfterEach
    void backToTheRealTime() {
        time.reset();
    }

    /** An open grant with validated bank details and its advance approved (mandate issued); returns its payment. */
    static String approvedAdvance(String owner) {
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.prepareAndApprove(advance);
        return advance;
    }

    static JsonPath batchOf(String batch) {
        return finance(MAKER).get("/api/v1/payment-batches/{id}", batch).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void mandates_go_in_bordereaux_numbered_in_sequence_and_are_paid_once_the_accountant_took_them_in_charge() {
        String owner = "porteuse-" + UUID.randomUUID();
        String first = approvedAdvance(owner);
        String second = approvedAdvance(owner);
        String batch = Fixtures.batch(first, second);
        JsonPath bordereau = batchOf(batch);
        assertThat(bordereau.getString("channel")).isEqualTo("PES");
        int exercise = RegionCalendar.today(Clock.systemUTC()).getYear();
        assertThat(bordereau.getInt("exercise")).isEqualTo(exercise);
        assertThat(bordereau.getString("messageId")).isEqualTo("ACTE-PESDEP-" + exercise + "-"
                + String.format("%07d", bordereau.getInt("bordereauNumber")));
        List<Integer> mandates = bordereau.getList("payments.mandateNumber", Integer.class);
        assertThat(mandates.get(1)).isEqualTo(mandates.get(0) + 1);
        // The bordereau lists its payments in their own order, not in the order they were requested.
        List<String> listed = bordereau.getList("payments.paymentId", String.class);
        int mandateOfFirst = mandates.get(listed.indexOf(first));
        int mandateOfSecond = mandates.get(listed.indexOf(second));
        String ofFirst = "payments.find { it.paymentId == '" + first + "' }.";
        String ofSecond = "payments.find { it.paymentId == '" + second + "' }.";

        // The file: checked against the PES V2 schemas, one pièce per mandate with its imputation and creditor.
        String file = new String(Fixtures.validPesFile(batch), StandardCharsets.ISO_8859_1);
        XmlPath xml = new XmlPath(file).setRoot("PES_Aller.PES_DepenseAller.Bordereau");
        assertThat(xml.getString("BlocBordereau.IdBord.@V")).isEqualTo(bordereau.getString("bordereauNumber"));
        assertThat(xml.getString("BlocBordereau.NbrPce.@V")).isEqualTo("2");
        assertThat(xml.getString("BlocBordereau.MtBordHT.@V")).isEqualTo("18000.00");
        assertThat(xml.getList("Piece.LigneDePiece.BlocLignePiece.InfoLignePce.Nature.@V")).containsOnly("6574");
        assertThat(xml.getList("Piece.LigneDePiece.Tiers.InfoTiers.IdTiers.@V")).containsOnly("12345678200017");
        assertThat(xml.getList("Piece.LigneDePiece.Tiers.CpteBancaire.IBAN.@V")).containsOnly(Fixtures.IBAN);
        assertThat(xml.getString("Piece[0].BlocPiece.InfoPce.Obj.@V")).contains("ENG-");
        finance(MAKER).get("/api/v1/payment-batches/{id}/pain.001", batch).then().statusCode(409)
                .body("type", containsString("other-channel"));

        // The accountant's system acknowledges the file; an acquit of another file is refused.
        Fixtures.accountantAnswer(batch, PesAnswers.acquit("ACTE-PESDEP-1999-0000001")).statusCode(400)
                .body("errors[0].field", equalTo("NomFic"));
        Fixtures.accountantAnswer(batch, PesAnswers.acquit(bordereau.getString("messageId"))).statusCode(200)
                .body("acknowledgedAt", notNullValue());

        // Its retour: the first mandate taken in charge, the second rejected (the creditor's RIB).
        String retour = PesAnswers.retour(bordereau.getInt("exercise"), bordereau.getInt("bordereauNumber"),
                PesAnswers.takenInCharge(mandateOfFirst, "2026-12-08"),
                PesAnswers.rejected(mandateOfSecond, "2026-12-09", "RIB invalide"));
        Fixtures.accountantAnswer(batch, retour).statusCode(200)
                .body(ofFirst + "takenInChargeOn", equalTo("2026-12-08"))
                .body(ofSecond + "status", equalTo("REJECTED"))
                .body(ofSecond + "rejectionReason", equalTo("Mandat rejeté par le comptable public : RIB invalide — "
                        + "RIB du créancier à vérifier"));
        // Received twice, it changes nothing; a pièce of another bordereau is refused.
        Fixtures.accountantAnswer(batch, retour).statusCode(200).body(ofSecond + "status", equalTo("REJECTED"));
        Fixtures.accountantAnswer(batch, PesAnswers.retour(bordereau.getInt("exercise"),
                bordereau.getInt("bordereauNumber") + 1000, PesAnswers.takenInCharge(mandateOfFirst, "2026-12-08")))
                .statusCode(400).body("errors[0].field", equalTo("pieces[0]"));

        // The accountant's payment information: the first one paid.
        Fixtures.bankReport(batch, "[{\"endToEndId\":\"" + Fixtures.endToEndId(first) + "\",\"status\":\"PAID\"}]")
                .statusCode(200).body(ofFirst + "status", equalTo("PAID"));
        member(owner).get("/api/v1/payments/{id}", first).then().body("status", equalTo("PAID"))
                .body("mandateNumber", equalTo(mandateOfFirst));

        // The next bordereau follows in the exercise.
        String third = approvedAdvance(owner);
        assertThat(batchOf(Fixtures.batch(third)).getInt("bordereauNumber"))
                .isGreaterThan(bordereau.getInt("bordereauNumber"));

        String grant = member(owner).get("/api/v1/payments/{id}", second).path("grantId");
        List<ConsumerRecord<String, String>> events = Fixtures.publishedFor(grant, 6);
        assertThat(Fixtures.types(events)).endsWith("payment.ordered", "payment.rejected");
        // The request went to the file's officer, who liquidates it.
        assertThat(events.get(1).value()).contains("\"officer\":{\"subject\":\"" + Fixtures.OFFICER + "\"");
        assertThat(events.get(4).value()).contains("\"channel\":\"PES\"", "\"mandateNumber\":" + mandateOfSecond);
        assertThat(events.get(5).value()).contains("\"byBank\":true", "RIB invalide");
    }

    @Test
    void a_bordereau_made_in_the_first_hour_of_the_new_year_in_paris_opens_the_new_exercise_though_utc_is_still_in_the_old() {
        String owner = "porteuse-" + UUID.randomUUID();
        String advance = approvedAdvance(owner);
        int newYear = RegionCalendar.today(Clock.systemUTC()).getYear() + 1;
        // 00:30 on 1 January in Paris: 23:30 on 31 December in UTC, the services' clock.
        Instant firstHour = LocalDate.of(newYear, 1, 1).atTime(LocalTime.of(0, 30)).atZone(RegionCalendar.ZONE)
                .toInstant();
        time.advance(Duration.between(Instant.now(), firstHour));

        String batch = Fixtures.batch(advance);

        JsonPath bordereau = batchOf(batch);
        assertThat(bordereau.getInt("exercise")).isEqualTo(newYear);
        assertThat(bordereau.getInt("bordereauNumber")).isEqualTo(1);
        assertThat(bordereau.getInt("payments[0].mandateNumber")).isEqualTo(1);
        assertThat(bordereau.getString("messageId")).isEqualTo("ACTE-PESDEP-" + newYear + "-0000001");
        XmlPath xml = new XmlPath(new String(Fixtures.validPesFile(batch), StandardCharsets.ISO_8859_1))
                .setRoot("PES_Aller.PES_DepenseAller.Bordereau.BlocBordereau");
        assertThat(xml.getString("Exer.@V")).isEqualTo(String.valueOf(newYear));
        assertThat(xml.getString("DteBordEm.@V")).isEqualTo(newYear + "-01-01");
    }

    @Test
    void a_file_the_accountant_refuses_as_a_whole_rejects_each_of_its_mandates() {
        String owner = "porteuse-" + UUID.randomUUID();
        String advance = approvedAdvance(owner);
        String batch = Fixtures.batch(advance);
        String name = batchOf(batch).getString("messageId");

        Fixtures.accountantAnswer(batch, PesAnswers.nonAcquit(name, "ERREUR_CODIQUE")).statusCode(200)
                .body("refusalReason", equalTo("Flux refusé par le comptable public : ERREUR_CODIQUE"))
                .body("payments[0].status", equalTo("REJECTED"));
        Fixtures.accountantAnswer(batch, PesAnswers.acquit(name)).statusCode(409);
        // The beneficiary may ask for the advance again: a new mandate, in a new bordereau.
        String grant = member(owner).get("/api/v1/payments/{id}", advance).path("grantId");
        Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).body("amount", equalTo(9000.00f));
    }

    @Test
    void finance_exports_the_payments_for_a_french_spreadsheet_with_their_commitment_and_mandate() {
        String owner = "porteuse-" + UUID.randomUUID();
        String advance = approvedAdvance(owner);
        String batch = Fixtures.batch(advance);
        int mandate = batchOf(batch).getInt("payments[0].mandateNumber");
        String reference = member(owner).get("/api/v1/grants/{id}",
                member(owner).get("/api/v1/payments/{id}", advance).path("grantId").toString()).path("reference");

        byte[] csv = finance(MAKER).queryParam("status", "ORDERED").get("/api/v1/payments/export.csv").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("filename*=UTF-8''versements-acte.csv"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8).replace('\u202f', ' ');
        assertThat(text).startsWith("\ufeffRéférence du dossier;Bénéficiaire;SIRET;Délibération;Engagement;Imputation;"
                + "Versement;Statut;Montant (€);Exercice;Bordereau;Mandat;Pris en charge le;Payé le;Motif du rejet\r\n");
        String row = text.lines().filter(l -> l.startsWith(reference + ";")).findFirst().orElseThrow();
        assertThat(row).contains(";Les Jardins du Bassin minier;12345678200017;", ";65-6574-61;Avance;Transmis;9 000,00;",
                ";" + mandate + ";").contains(";ENG-");
        assertThat(text.lines().filter(l -> l.contains(";Payé;") || l.contains(";Liquidé;"))).isEmpty();
        Fixtures.officer().get("/api/v1/payments/export.csv").then().statusCode(403);
        finance(MAKER).queryParam("status", "PAYE").get("/api/v1/payments/export.csv").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void what_is_not_an_answer_of_the_accountant_is_refused_as_bad_input() {
        String owner = "porteuse-" + UUID.randomUUID();
        String batch = Fixtures.batch(approvedAdvance(owner));
        Fixtures.accountantAnswer(batch, "<Document/>").statusCode(400).body("errors[0].field", equalTo("file"))
                .body("detail", containsString("PES_Retour"));
        Fixtures.accountantAnswer(batch, "ceci n'est pas du XML").statusCode(400);
        Fixtures.member(owner).contentType("application/xml").body(PesAnswers.acquit("x"))
                .post("/api/v1/payment-batches/{id}/accountant-answers", batch).then().statusCode(403);
    }
}
