package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A NUL character in a name or a label, and a date whose year is not four digits, are a 400
 * naming the field (the rule every service shares), never a 500 from the database.
 */
@QuarkusTest
class OutOfRangeInputTest {

    @Test
    void a_nul_character_or_an_implausible_date_is_refused_naming_the_field() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));

        member(owner).contentType(ContentType.JSON)
                .body(Fixtures.bankDetails(Fixtures.IBAN).replace("Association Les", "Association\\u0000Les"))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("holderName"))
                .body("errors[0].message", containsString("U+0000"));
        Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00")
                .replace("Dépenses operating", "Dépenses\\u0000")).statusCode(400)
                .body("errors[0].field", equalTo("lines[0].label"));
        finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"requestedExecutionDate\":\"+999999999-12-31\",\"paymentIds\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/api/v1/payment-batches").then().statusCode(400)
                .body("errors[0].field", equalTo("requestedExecutionDate"))
                .body("errors[0].message", containsString("quatre chiffres"));
    }

    @Test
    void invisible_formatting_characters_are_removed_from_the_holder_name() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));

        member(owner).contentType(ContentType.JSON)
                .body(Fixtures.bankDetails(Fixtures.IBAN).replace("Association Les", "Association\\u202E\\u200B Les"))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(201)
                .body("holderName", equalTo("Association Les Jardins du Bassin minier"));
    }
}
