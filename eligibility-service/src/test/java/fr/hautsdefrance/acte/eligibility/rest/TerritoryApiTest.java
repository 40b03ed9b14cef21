package fr.hautsdefrance.acte.eligibility.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TerritoryApiTest {

    @Test
    void an_epci_of_the_region_is_found_by_siren_with_its_population_and_communes() {
        given().get("/api/v1/territories/epci/246200364").then().statusCode(200)
                .body("name", equalTo("CA de Lens - Liévin"))
                .body("type", equalTo("CA"))
                .body("taxRegime", equalTo("FPU"))
                .body("population", equalTo(244474))
                .body("communes.code", hasItem("62498"));
    }

    @Test
    void an_epci_of_another_region_is_not_found_and_a_malformed_siren_is_a_bad_request() {
        given().get("/api/v1/territories/epci/200000172").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/territories/epci/123456789").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void communes_are_found_by_the_start_of_their_name_ignoring_accents_or_by_postcode() {
        given().queryParam("q", "henin").get("/api/v1/territories/communes").then().statusCode(200)
                .body("name", hasItem("Hénin-Beaumont"));
        given().queryParam("q", "Lens").get("/api/v1/territories/communes").then().statusCode(200)
                .body("[0].name", equalTo("Lens"))
                .body("[0].epciName", equalTo("CA de Lens - Liévin"));
        given().queryParam("q", "6230").queryParam("limit", 5).get("/api/v1/territories/communes").then()
                .statusCode(200).body("$", hasSize(5))
                .body("postcodes.flatten()", hasItem(startsWith("6230")));
        given().queryParam("q", "Paris").get("/api/v1/territories/communes").then().statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("q", "620").get("/api/v1/territories/communes").then().statusCode(200)
                .body("departement", everyItem(equalTo("62")));
    }

    @Test
    void a_commune_shows_its_level_in_the_grille_communale_de_densite_and_whether_it_is_rural() {
        given().queryParam("q", "Arrancy").get("/api/v1/territories/communes").then().statusCode(200)
                .body("find { it.code == '02024' }.densityLevel", equalTo(7))
                .body("find { it.code == '02024' }.densityLabel", equalTo("Rural à habitat très dispersé"))
                .body("find { it.code == '02024' }.rural", equalTo(true));
        given().queryParam("q", "Lens").get("/api/v1/territories/communes").then().statusCode(200)
                .body("[0].densityLevel", equalTo(1))
                .body("[0].rural", equalTo(false));
    }

    @Test
    void the_reference_data_says_where_it_comes_from_and_how_to_regenerate_it() {
        given().get("/api/v1/territories/sources").then().statusCode(200)
                .body("territory.package", equalTo("@etalab/decoupage-administratif"))
                .body("densityGrid.dataset", containsString("grille_densite"))
                .body("densityGrid.publisher", containsString("INSEE"))
                .body("densityGrid.licence", containsString("Licence Ouverte"))
                .body("densityGrid.copy", startsWith("https://"))
                .body("densityGrid.command", containsString("generate-density.sh"));
    }

    @Test
    void the_search_needs_at_least_two_characters() {
        given().queryParam("q", "L").get("/api/v1/territories/communes").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().get("/api/v1/territories/communes").then().statusCode(400);
    }
}
