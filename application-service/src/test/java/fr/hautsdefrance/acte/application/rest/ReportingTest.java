package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReportingTest {

    private static final List<String> SCDL = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
            "dispositifAide");

    @Test
    void a_signed_grant_above_23_000_euros_is_published_in_the_scdl_format_and_follows_its_field_rules() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.signed(owner, null, "30000.00");
        String reference = applicant(owner).get("/api/v1/applications/{id}", id).then().extract().path("reference");

        String csv = given().get("/api/v1/opendata/subventions.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(SCDL);
        String line = lines.stream().filter(l -> l.contains(deliberationOf(id))).findFirst().orElseThrow();
        String[] field = line.split(",", -1);
        assertThat(field).hasSize(SCDL.size());
        assertThat(field[0]).isEqualTo("Région Hauts-de-France");
        assertThat(field[1]).matches("\\d{14}");
        assertThat(field[2]).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(field[4]).isEqualTo("Les Jardins du Bassin minier");
        assertThat(field[6]).matches("W\\d{9}");
        assertThat(field[7]).hasSizeLessThanOrEqualTo(256).isEqualTo("Ressourcerie coopérative de Lens-Liévin");
        assertThat(field[8]).isEqualTo("30000.00");
        assertThat(field[9]).isEqualTo("aide en numéraire");
        assertThat(field[10]).isIn("unique", "échelonné", "autre");
        assertThat(field[11]).as("from the agreement, nothing paid yet, to the project's end")
                .isEqualTo(field[2] + "/2028-06-30");
        assertThat(field[13]).as("a grant to an ESS enterprise is de minimis aid").isEqualTo("oui");
        assertThat(field[14]).as("the sole beneficiary's share of the grant").isEqualTo("1.00");
        assertThat(csv).doesNotContain(reference).as("internal references are not published");
    }

    @Test
    void the_public_open_data_file_neutralises_a_title_a_spreadsheet_would_run_as_a_formula() {
        String id = Fixtures.signed("owner-" + UUID.randomUUID(), null, "30000.00", "=HYPERLINK(\"http://evil\") Lens");

        String line = given().get("/api/v1/opendata/subventions.csv").then().statusCode(200).extract().asString()
                .lines().filter(l -> l.contains(deliberationOf(id))).findFirst().orElseThrow();

        assertThat(line).contains(",\"'=HYPERLINK(\"\"http://evil\"\") Lens\",").doesNotContain(",=HYPERLINK");
    }

    @Test
    void a_grant_of_23_000_euros_or_less_is_not_published() {
        String id = Fixtures.signed("owner-" + UUID.randomUUID(), null, "23000.00");

        assertThat(given().get("/api/v1/opendata/subventions.csv").then().extract().asString())
                .doesNotContain(deliberationOf(id));
    }

    @Test
    void the_funnel_counts_a_calls_files_at_each_step() {
        String call = as("admin-1", "admin").contentType(ContentType.JSON).body("""
                {"name":"Appel thématique : alimentation durable","opensAt":"%s","closesAt":"%s",
                 "envelope":200000.00,"ruleSetVersion":"acte-2026.1"}""".formatted(OffsetDateTime.now().minusDays(1),
                        OffsetDateTime.now().plusDays(30)))
                .post("/api/v1/calls").then().statusCode(201).extract().path("id");
        Fixtures.signed("owner-" + UUID.randomUUID(), call, "30000.00");
        Fixtures.submittedInCall("owner-" + UUID.randomUUID(), call);
        String withdrawer = "withdrawer-" + UUID.randomUUID();
        String withdrawn = Fixtures.submittedInCall(withdrawer, call);
        applicant(withdrawer).post("/api/v1/applications/{id}/withdraw", withdrawn).then().statusCode(200);

        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        as("officer-1", "officer").queryParam("callId", call).get("/api/v1/statistics").then().statusCode(200)
                .body("total.received", equalTo(3))
                .body("total.complete", equalTo(1))
                .body("total.eligible", equalTo(1))
                .body("total.approved", equalTo(1))
                .body("total.withdrawn", equalTo(1))
                .body("total.requestedAmount", equalTo(90000.00f))
                .body("total.awardedAmount", equalTo(30000.00f))
                .body("byStage.EMERGENCE.received", equalTo(3))
                .body("byDepartement.62.received", equalTo(3))
                .body("byYear." + thisYear + ".received", equalTo(3));
        as("officer-1", "officer").queryParam("callId", call).queryParam("year", thisYear).queryParam("stage", "EMERGENCE")
                .queryParam("departement", "62").get("/api/v1/statistics").then().statusCode(200)
                .body("total.received", equalTo(3)).body("total.approved", equalTo(1));
        as("officer-1", "officer").queryParam("callId", call).queryParam("year", thisYear - 1)
                .get("/api/v1/statistics").then().statusCode(200)
                .body("total.received", equalTo(0)).body("byStage.size()", equalTo(0));
        applicant("x").get("/api/v1/statistics").then().statusCode(403);
    }

    @Test
    void a_file_cannot_be_submitted_under_a_closed_call() {
        String call = as("admin-1", "admin").contentType(ContentType.JSON).body("""
                {"name":"Appel thématique court","opensAt":"%s","closesAt":"%s","ruleSetVersion":"acte-2026.1"}"""
                .formatted(OffsetDateTime.now().minusDays(1), OffsetDateTime.now().plusDays(1)))
                .post("/api/v1/calls").then().statusCode(201).extract().path("id");
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        String id = applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(organisation).replace("{\"organisationId\"", "{\"callId\":\"" + call
                        + "\",\"organisationId\""))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        Fixtures.ASSOCIATION_DOCUMENTS.forEach(type -> Fixtures.upload(owner, id, type, "p.pdf", Fixtures.PDF));

        as("admin-1", "admin").post("/api/v1/calls/{id}/closure", call).then().statusCode(200);

        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/call-closed"))
                .body("detail", containsString("Dupliquez-le"));
        given().get("/api/v1/calls").then().statusCode(200).body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(call)));
    }

    @Test
    void the_officers_export_neutralises_formulas_typed_as_titles() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        applicant(owner).contentType(ContentType.JSON)
                .body("{\"organisationId\":\"" + organisation + "\",\"title\":\"=HYPERLINK(\\\"http://evil\\\")\"}")
                .post("/api/v1/applications").then().statusCode(201);
        String id = Fixtures.submitted(owner);
        String reference = applicant(owner).get("/api/v1/applications/{id}", id).then().extract().path("reference");

        String csv = as("officer-1", "officer").get("/api/v1/exports/applications.csv").then().statusCode(200)
                .extract().asString();

        assertThat(csv).startsWith("\uFEFFRéférence;Statut;");
        assertThat(csv).contains(reference + ";SUBMITTED;Les Jardins du Bassin minier;");
        assertThat(Arrays.stream(csv.split("\r\n")).filter(l -> l.contains("HYPERLINK")))
                .allSatisfy(l -> assertThat(l).contains(";\"'=HYPERLINK(\"\"http://evil\"\")\";"));
    }

    @Test
    void the_officers_export_lists_each_files_communes_and_labels() {
        String id = Fixtures.submitted("owner-" + UUID.randomUUID());
        String reference = Fixtures.manager().get("/api/v1/applications/{id}", id).then().extract().path("reference");
        as("officer-1", "officer").contentType(ContentType.JSON).body("{\"labels\":[\"prioritaire\",\"bassin minier\"]}")
                .put("/api/v1/applications/{id}/labels", id).then().statusCode(200);

        String csv = as("officer-1", "officer").get("/api/v1/exports/applications.csv").then().statusCode(200)
                .extract().asString();

        assertThat(Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(reference + ";")))
                .singleElement().satisfies(l -> assertThat(l).contains(";62498;").endsWith(";bassin minier, prioritaire"));
    }

    private static String deliberationOf(String id) {
        return Fixtures.manager().get("/api/v1/applications/{id}", id).then().statusCode(200)
                .extract().path("decision.deliberationNumber");
    }
}
