package fr.hautsdefrance.acte.application.opendata;

import fr.hautsdefrance.acte.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public file of awarded grants conforms to the official SCDL « subventions » 2.1.1 Table Schema
 * (docs/opendata), checked by the Table Schema library itself, not by a copy of its rules.
 */
@QuarkusTest
class OpenDataSchemaTest {

    static final Path SCHEMA = Path.of("../docs/opendata/scdl-subventions-2.1.1.schema.json");

    @Test
    void the_published_file_conforms_to_the_official_scdl_subventions_schema() throws IOException {
        Fixtures.signed("owner-" + UUID.randomUUID(), null, "30000.00");
        Fixtures.signed("owner-" + UUID.randomUUID(), null, "24000.00");
        Path file = Files.createDirectories(Path.of("target/opendata")).resolve("subventions.csv");
        Files.writeString(file, given().get("/api/v1/opendata/subventions.csv").then().statusCode(200)
                .extract().asString());

        TableSchemaValidator.Result result = TableSchemaValidator.validate(SCHEMA, file);

        assertThat(result.rows()).isGreaterThanOrEqualTo(2);
        assertThat(result.errors()).isEmpty();
    }

    /** So that a file passing above proves something: the defects the export had are caught. */
    @Test
    void the_validator_refuses_an_underscored_period_a_beneficiary_without_identifier_and_an_english_boolean()
            throws IOException {
        Path file = Files.createDirectories(Path.of("target/opendata")).resolve("defects.csv");
        Files.writeString(file, """
                nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide
                Région Hauts-de-France,20005376700014,2026-12-01,CP-1,Coopérative,,,Objet,30000.00,aide en numéraire,échelonné,2027-01-15_2028-06-30,,no,1.00,ACTE
                """);

        TableSchemaValidator.Result result = TableSchemaValidator.validate(SCHEMA, file);

        assertThat(result.errors()).hasSize(3).anySatisfy(e -> assertThat(e).contains("datesPeriodeVersement"))
                .anySatisfy(e -> assertThat(e).contains("notificationUE"))
                .anySatisfy(e -> assertThat(e).contains("ni idBeneficiaire ni rnaBeneficiaire"));
    }
}
