package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.BankReports;
import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.payment.Pain001Schema;
import fr.hautsdefrance.acte.payment.SepaChannel;
import fr.hautsdefrance.acte.web.RegionCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.CHECKER;
import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static fr.hautsdefrance.acte.payment.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A grant's whole life through the API, for a grantor paying from its own bank account (SEPA files):
 * advance, instalment, prorated balance; a recovery; a transfer the bank rejects.
 */
@QuarkusTest
@TestProfile(SepaChannel.class)
class PaymentJourneyTest {

    @Test
    void advance_then_instalment_then_a_prorated_balance_pay_exactly_what_the_realised_expenses_earn() throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        member(owner).get("/api/v1/grants/{id}", grant).then().statusCode(200)
                .body("awardedAmount", equalTo(30000.00f)).body("advanceAmount", equalTo(9000.00f))
                .body("instalmentCap", equalTo(24000.00f)).body("rules.ruleVersion", equalTo("acte-paiement-2026.1"))
                .body("payments.kind", containsInAnyOrder("ADVANCE", "BALANCE"))
                .body("payments.status", equalTo(List.of("SCHEDULED", "SCHEDULED")));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);

        // Advance: 30 % of the award, no statement, validated on request.
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201)
                .body("kind", equalTo("ADVANCE")).body("status", equalTo("VALIDATED")).body("amount", equalTo(9000.00f))
                .extract().path("id");
        finance(MAKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(200)
                .body("creditor.iban", equalTo(Fixtures.IBAN)).body("preparedBy", equalTo(MAKER));
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo(CHECKER));
        String batch = Fixtures.batch(advance);
        finance(MAKER).get("/api/v1/payment-batches/{id}", batch).then().statusCode(200)
                .body("numberOfTransactions", equalTo(1)).body("controlSum", equalTo(9000.00f))
                .body("payments[0].status", equalTo("ORDERED"));

        byte[] file = finance(MAKER).get("/api/v1/payment-batches/{id}/pain.001", batch).then().statusCode(200)
                .contentType(containsString("application/xml"))
                .header("Content-Disposition", containsString(".xml")).extract().asByteArray();
        Pain001Schema.validate(file);
        XmlPath xml = new XmlPath(new String(file, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(xml.getString("Document.CstmrCdtTrfInitn.GrpHdr.NbOfTxs")).isEqualTo("1");
        assertThat(xml.getString("Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum")).isEqualTo("9000.00");
        assertThat(xml.getString("Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf.PmtId.EndToEndId"))
                .isEqualTo(Fixtures.endToEndId(advance));
        assertThat(xml.getString("Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf.CdtrAcct.Id.IBAN")).isEqualTo(Fixtures.IBAN);
        assertThat(xml.getString("Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf.Cdtr.PstlAdr.TwnNm")).isEqualTo("Lens");
        assertThat(xml.getString("Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf.RmtInf.Ustrd")).contains("avance");

        Fixtures.bankReport(batch, "[{\"endToEndId\":\"" + Fixtures.endToEndId(advance) + "\",\"status\":\"PAID\"}]")
                .statusCode(200).body("payments[0].status", equalTo("PAID"));
        member(owner).get("/api/v1/grants/{id}", grant).then().body("paidAmount", equalTo(9000.00f));

        // Instalment on 30,000 € realised (an investment line is not eligible at this stage): 15,000 € earned − 9,000 € paid.
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00",
                "INVESTMENT", "5000.00")).statusCode(201)
                .body("status", equalTo("REQUESTED")).body("requestedAmount", equalTo(6000.00f))
                .body("lines", hasSize(2)).extract().path("id");
        officer().contentType(ContentType.JSON).body("""
                        {"lines":[{"decision":"ACCEPTED"},{"decision":"ACCEPTED"}]}""")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(422)
                .body("errors[0].field", equalTo("lines[1].decision"))
                .body("detail", containsString("n'est pas éligible au stade EMERGENCE"));
        officer().contentType(ContentType.JSON).body("""
                        {"lines":[{"decision":"ACCEPTED"},{"decision":"REJECTED","comment":"Investissement hors dispositif."}]}""")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(200)
                .body("status", equalTo("VALIDATED")).body("amount", equalTo(6000.00f))
                .body("acceptedEligibleBase", equalTo(30000.00f)).body("lines[1].decision", equalTo("REJECTED"));
        Fixtures.payThroughTheBank(instalment);

        // Balance: 44,000 € realised instead of 60,000 € planned: the grant is prorated to 22,000 €.
        String balance = Fixtures.request(owner, grant, Fixtures.statement("BALANCE", "OPERATING", "30000.00",
                "EXTERNAL_SERVICES", "14000.00")).statusCode(201).extract().path("id");
        Fixtures.acceptAll(balance, 2).statusCode(200).body("status", equalTo("VALIDATED"))
                .body("amount", equalTo(7000.00f));
        Fixtures.payThroughTheBank(balance);

        JsonPath closed = member(owner).get("/api/v1/grants/{id}", grant).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("finalAmount", equalTo(22000.00f))
                .body("paidAmount", equalTo(22000.00f)).body("recovery", nullValue())
                // The beneficiary sees the account paid, never its full IBAN.
                .body("payments.find { it.kind == 'BALANCE' && it.status == 'PAID' }.creditor.iban",
                        equalTo("FR14 **** **** **** **** ***2 606"))
                .extract().jsonPath();
        assertThat(closed.getList("payments.status")).containsOnly("PAID", "PAID", "PAID");
        Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "50000.00")).statusCode(409)
                .body("detail", containsString("soldée"));

        List<ConsumerRecord<String, String>> events = Fixtures.publishedFor(grant, 16);
        assertThat(Fixtures.types(events)).containsExactly("payment.scheduled",
                "payment.requested", "payment.liquidated", "payment.approved", "payment.ordered", "payment.paid",
                "payment.requested", "payment.liquidated", "payment.approved", "payment.ordered", "payment.paid",
                "payment.requested", "payment.liquidated", "payment.approved", "payment.ordered", "payment.paid");
        // The officer's liquidation of the instalment: 30,000 € of eligible expenses accepted, 6,000 € due.
        assertThat(events.get(7).value()).contains("\"liquidatedBy\":\"" + Fixtures.OFFICER + "\"",
                "\"acceptedEligibleBase\":30000.00", "\"amount\":6000.00");
        assertThat(events.get(15).value()).contains("\"grantClosed\":true", "\"finalAmount\":22000.00",
                "\"totalPaid\":22000.00");
    }

    /** Advance and instalment paid (24,000 €), then a final statement of 48,000 € of which 40,000 € accepted. */
    private static String overpaidBalanceUnderReview(String owner, String grant) {
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.payThroughTheBank(advance);
        // 48,000 € realised at 50 % = 24,000 €: exactly the 80 % ceiling.
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "48000.00"))
                .statusCode(201).body("requestedAmount", equalTo(15000.00f)).extract().path("id");
        Fixtures.acceptAll(instalment, 1).statusCode(200).body("amount", equalTo(15000.00f));
        Fixtures.payThroughTheBank(instalment);
        return Fixtures.request(owner, grant, Fixtures.statement("BALANCE", "OPERATING", "48000.00"))
                .statusCode(201).extract().path("id");
    }

    private static void acceptOnly40000Euros(String balance) {
        officer().contentType(ContentType.JSON).body("""
                        {"lines":[{"decision":"ACCEPTED","acceptedAmount":40000.00,"comment":"8 000 € de factures non acquittées."}]}""")
                .post("/api/v1/payments/{id}/review", balance).then().statusCode(200)
                .body("status", equalTo("VALIDATED")).body("amount", equalTo(0.00f));
    }

    @Test
    void a_balance_below_what_was_paid_issues_a_recovery_order_once_a_second_person_checked_the_final_amount()
            throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String balance = overpaidBalanceUnderReview(owner, grant);
        // The final statement: part of the expenses did not hold, 40,000 € realised earn 20,000 €.
        acceptOnly40000Euros(balance);

        // Nothing is claimed, nor the grant settled, before the second check; the beneficiary sees nothing of it yet.
        String recovery = finance(MAKER).get("/api/v1/grants/{id}", grant).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("finalAmount", nullValue())
                .body("recovery.status", equalTo("PROPOSED")).body("recovery.amount", equalTo(4000.00f))
                .body("recovery.proposedBy", equalTo(Fixtures.OFFICER)).extract().path("recovery.id");
        member(owner).get("/api/v1/grants/{id}", grant).then().body("recovery", nullValue());
        assertThat(Fixtures.types(Fixtures.publishedFor(grant, 12))).doesNotContain("payment.recovery-issued");

        // The officer who fixed the final amount cannot check it; a manager does.
        officer().post("/api/v1/recoveries/{id}/confirmation", recovery).then().statusCode(403)
                .body("type", containsString("four-eyes"));
        member(owner).post("/api/v1/recoveries/{id}/confirmation", recovery).then().statusCode(403);
        Fixtures.as("responsable-1", "manager").post("/api/v1/recoveries/{id}/confirmation", recovery).then()
                .statusCode(200).body("status", equalTo("ISSUED")).body("checkedBy", equalTo("responsable-1"));
        Fixtures.as("responsable-1", "manager").post("/api/v1/recoveries/{id}/confirmation", recovery).then()
                .statusCode(409);

        // Money is owed: the grant is in recovery, not settled; the beneficiary sees what to pay back and how.
        member(owner).get("/api/v1/grants/{id}", grant).then().statusCode(200)
                .body("status", equalTo("RECOVERY")).body("finalAmount", equalTo(20000.00f))
                .body("paidAmount", equalTo(24000.00f)).body("recovery.status", equalTo("ISSUED"))
                .body("recovery.amount", equalTo(4000.00f)).body("recovery.paymentId", equalTo(balance))
                .body("recovery.reason", containsString("4\u202f000,00 € sont à reverser"))
                .body("recovery.reason", containsString("avis des sommes à payer"))
                .body("payments.find { it.kind == 'BALANCE' }.status", equalTo("PAID"));
        Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "1000.00")).statusCode(409)
                .body("detail", containsString("recouvrement"));

        // The titre de recette goes to the public accountant in a bordereau of titres (PES V2).
        String titres = finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"recoveryIds\":[\"" + recovery + "\"]}").post("/api/v1/recovery-batches").then()
                .statusCode(201).body("numberOfTitres", equalTo(1)).body("total", equalTo(4000.00f))
                .body("recoveries[0].titreNumber", notNullValue()).extract().path("id");
        byte[] titreFile = finance(MAKER).get("/api/v1/recovery-batches/{id}/pes-aller", titres).then().statusCode(200)
                .extract().asByteArray();
        fr.hautsdefrance.acte.payment.PesSchema.validate(titreFile);
        assertThat(new String(titreFile, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("<PES_RecetteAller>", "<MtHT V=\"4000.00\"/>", "<IdTiers V=\"12345678200017\"/>");
        finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"recoveryIds\":[\"" + recovery + "\"]}").post("/api/v1/recovery-batches").then()
                .statusCode(409);

        // The accountant collected it: finance records it, and only now is the grant settled.
        java.time.LocalDate today = RegionCalendar.today(java.time.Clock.systemUTC());
        finance(MAKER).contentType(ContentType.JSON).body("{\"collectedOn\":\"" + today.plusDays(1)
                + "\"}").post("/api/v1/recoveries/{id}/collection", recovery).then().statusCode(400)
                .body("errors[0].field", equalTo("collectedOn"));
        finance(MAKER).contentType(ContentType.JSON).body("{\"collectedOn\":\"" + today + "\"}")
                .post("/api/v1/recoveries/{id}/collection", recovery).then().statusCode(200)
                .body("status", equalTo("COLLECTED")).body("settledBy", equalTo(MAKER));
        finance(MAKER).contentType(ContentType.JSON).body("{\"reason\":\"trop tard\"}")
                .post("/api/v1/recoveries/{id}/cancellation", recovery).then().statusCode(409);
        member(owner).get("/api/v1/grants/{id}", grant).then().body("status", equalTo("CLOSED"))
                .body("recovery", nullValue());

        List<ConsumerRecord<String, String>> events = Fixtures.publishedFor(grant, 14);
        // Never a "paid" (nor "settled") beside the recovery: the grant is settled once, when the money is back.
        assertThat(Fixtures.types(events)).endsWith("payment.requested", "payment.recovery-issued",
                "payment.recovery-settled");
        assertThat(events.get(12).value()).contains("\"amount\":4000.00", "\"finalAmount\":20000.00",
                "\"paidAmount\":24000.00", "\"realisedEligibleBase\":40000.00", "\"proposedBy\":\"" + Fixtures.OFFICER,
                "\"checkedBy\":\"responsable-1\"");
        assertThat(events.get(13).value()).contains("\"outcome\":\"COLLECTED\"", "\"grantClosed\":true",
                "\"finalAmount\":20000.00");
    }

    @Test
    void an_issued_recovery_cancelled_settles_the_grant_without_the_money() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String balance = overpaidBalanceUnderReview(owner, grant);
        acceptOnly40000Euros(balance);
        String recovery = finance(MAKER).get("/api/v1/grants/{id}", grant).then().extract().path("recovery.id");
        finance(MAKER).contentType(ContentType.JSON)
                .body("{\"collectedOn\":\"" + RegionCalendar.today(java.time.Clock.systemUTC()) + "\"}")
                .post("/api/v1/recoveries/{id}/collection", recovery).then().statusCode(409);
        finance(CHECKER).post("/api/v1/recoveries/{id}/confirmation", recovery).then().statusCode(200);

        officer().contentType(ContentType.JSON).body("{\"reason\":\"Remise gracieuse\"}")
                .post("/api/v1/recoveries/{id}/cancellation", recovery).then().statusCode(403);
        finance(MAKER).contentType(ContentType.JSON).body("{\"reason\":\"Remise gracieuse, délibération CP-2027-03-12\"}")
                .post("/api/v1/recoveries/{id}/cancellation", recovery).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancellationReason", containsString("Remise gracieuse"));
        finance(MAKER).get("/api/v1/grants/{id}", grant).then().body("status", equalTo("CLOSED"))
                .body("recovery.status", equalTo("CANCELLED"));
        assertThat(Fixtures.types(Fixtures.publishedFor(grant, 14))).endsWith("payment.recovery-issued",
                "payment.recovery-settled");
    }

    @Test
    void a_final_amount_the_second_person_refuses_sends_the_statement_back_to_the_officer() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String balance = overpaidBalanceUnderReview(owner, grant);
        acceptOnly40000Euros(balance);
        String recovery = finance(MAKER).get("/api/v1/grants/{id}", grant).then().extract().path("recovery.id");
        Fixtures.as("recovery-queue", "finance").queryParam("status", "PROPOSED").get("/api/v1/recoveries").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(recovery));

        finance(CHECKER).contentType(ContentType.JSON).body("{\"reason\":\"Les factures de novembre ont été acquittées.\"}")
                .post("/api/v1/recoveries/{id}/refusal", recovery).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReason", containsString("novembre"));
        member(owner).get("/api/v1/payments/{id}", balance).then().body("status", equalTo("REQUESTED"))
                .body("amount", nullValue()).body("lines[0].decision", equalTo("PENDING"));

        // Reviewed again, all accepted: 48,000 € earn exactly what was paid, nothing to recover.
        Fixtures.acceptAll(balance, 1).statusCode(200).body("status", equalTo("PAID")).body("amount", equalTo(0.00f));
        finance(MAKER).get("/api/v1/grants/{id}", grant).then().body("status", equalTo("CLOSED"))
                .body("finalAmount", equalTo(24000.00f)).body("recovery", nullValue());
        assertThat(Fixtures.types(Fixtures.publishedFor(grant, 13))).doesNotContain("payment.recovery-issued");
    }

    @Test
    void a_transfer_refused_for_a_closed_account_blocks_it_and_waits_for_new_details_never_going_there_again() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.OTHER_IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.prepareAndApprove(advance);
        String batch = Fixtures.batch(advance);

        String refusal = "[{\"endToEndId\":\"" + Fixtures.endToEndId(advance)
                + "\",\"status\":\"REJECTED\",\"reasonCode\":\"AC04\"}]";
        Fixtures.bankReport(batch, refusal).statusCode(200).body("payments[0].status", equalTo("REJECTED"));
        // The same report again changes nothing; a contradicting one is refused.
        Fixtures.bankReport(batch, refusal).statusCode(200);
        Fixtures.bankReport(batch, "[{\"endToEndId\":\"" + Fixtures.endToEndId(advance)
                + "\",\"status\":\"PAID\"}]").statusCode(409);
        member(owner).get("/api/v1/payments/{id}", advance).then().body("rejectionReason", equalTo(
                "Rejeté par la banque : compte clos (AC04). Mettez à jour vos coordonnées bancaires : le versement sera "
                        + "effectué dès que de nouvelles coordonnées auront été validées."));

        // The account is blocked; the advance, still due, waits for new details under a new mandate.
        JsonPath file = member(owner).get("/api/v1/grants/{id}", grant).then().statusCode(200).extract().jsonPath();
        assertThat(file.getList("bankAccounts.status")).containsExactly("BLOCKED");
        String again = file.getString("payments.find { it.kind == 'ADVANCE' && it.status == 'VALIDATED' }.id");
        assertThat(again).isNotEqualTo(advance);
        finance(MAKER).post("/api/v1/payments/{id}/preparation", again).then().statusCode(409)
                .body("type", containsString("no-validated-bank-details"));
        member(owner).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.OTHER_IBAN))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(409)
                .body("type", containsString("blocked-account")).body("detail", containsString("compte clos"));

        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        Fixtures.payThroughTheBank(again);
        member(owner).get("/api/v1/grants/{id}", grant).then().body("paidAmount", equalTo(9000.00f))
                .body("bankAccounts.status", equalTo(List.of("VALIDATED", "BLOCKED")));
        finance(MAKER).get("/api/v1/payments/{id}", again).then().body("creditor.iban", equalTo(Fixtures.IBAN))
                .body("amount", equalTo(9000.00f));

        List<ConsumerRecord<String, String>> events = Fixtures.publishedFor(grant, 10);
        assertThat(Fixtures.types(events)).containsExactly("payment.scheduled", "payment.requested",
                "payment.liquidated", "payment.approved", "payment.ordered", "payment.rejected", "payment.liquidated",
                "payment.approved", "payment.ordered", "payment.paid");
        assertThat(events.get(5).value()).contains("\"byBank\":true", "Mettez à jour vos coordonnées bancaires");
    }

    @Test
    void the_banks_own_reports_are_read_a_pain_002_refusing_one_transfer_then_a_camt_054_booking_the_other() {
        String owner = "porteuse-" + UUID.randomUUID();
        String first = Fixtures.openGrant(Fixtures.Award.of(owner));
        String second = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, first, Fixtures.IBAN);
        Fixtures.validatedBankDetails(owner, second, Fixtures.OTHER_IBAN);
        String paid = Fixtures.request(owner, first, Fixtures.advance()).statusCode(201).extract().path("id");
        String refused = Fixtures.request(owner, second, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.prepareAndApprove(paid);
        Fixtures.prepareAndApprove(refused);
        String batch = Fixtures.batch(paid, refused);
        String messageId = finance(MAKER).get("/api/v1/payment-batches/{id}", batch).path("messageId");

        finance(MAKER).contentType("application/xml").body(BankReports.pain002("ACTE-OTHER-FILE", "PART"))
                .post("/api/v1/payment-batches/{id}/bank-reports", batch).then().statusCode(400)
                .body("errors[0].field", equalTo("OrgnlMsgId"));
        finance(MAKER).contentType("application/xml").body(BankReports.pain002(messageId, "PART",
                        BankReports.transaction(Fixtures.endToEndId(paid), "ACCP", null, null),
                        BankReports.transaction(Fixtures.endToEndId(refused), "RJCT", "AC01", "IBAN inconnu")))
                .post("/api/v1/payment-batches/{id}/bank-reports", batch).then().statusCode(200);
        member(owner).get("/api/v1/payments/{id}", paid).then().body("status", equalTo("ORDERED"));
        member(owner).get("/api/v1/payments/{id}", refused).then().body("status", equalTo("REJECTED"))
                .body("rejectionReason", containsString("numéro de compte incorrect (AC01), IBAN inconnu"));
        member(owner).get("/api/v1/grants/{id}", second).then().body("bankAccounts.status", equalTo(List.of("BLOCKED")));

        finance(MAKER).contentType("application/xml").body(BankReports.camt054("2026-12-09", Fixtures.endToEndId(paid)))
                .post("/api/v1/payment-batches/{id}/bank-reports", batch).then().statusCode(200);
        member(owner).get("/api/v1/payments/{id}", paid).then().body("status", equalTo("PAID"));
        member(owner).get("/api/v1/grants/{id}", first).then().body("paidAmount", equalTo(9000.00f));
        finance(MAKER).contentType("application/xml").body("<Document/>")
                .post("/api/v1/payment-batches/{id}/bank-reports", batch).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void a_transfer_refused_for_another_reason_leaves_the_account_and_may_be_requested_again() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.prepareAndApprove(advance);
        String batch = Fixtures.batch(advance);
        Fixtures.bankReport(batch, "[{\"endToEndId\":\"" + Fixtures.endToEndId(advance)
                + "\",\"status\":\"REJECTED\",\"reasonCode\":\"FF01\",\"reason\":\"fichier invalide\"}]")
                .statusCode(200);
        member(owner).get("/api/v1/grants/{id}", grant).then().body("bankAccounts.status", equalTo(List.of("VALIDATED")));
        String again = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.payThroughTheBank(again);
        member(owner).get("/api/v1/grants/{id}", grant).then().body("paidAmount", equalTo(9000.00f));
    }
}
