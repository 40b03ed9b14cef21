package fr.hautsdefrance.acte.application.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The footer's legal pages: readable by anyone, in French, with what the law asks them to say. */
@QuarkusTest
class LegalPagesTest {

    @Test
    void every_page_links_to_the_legal_notice_the_personal_data_and_the_cookie_pages() {
        String home = page("/");
        assertThat(home).contains("href=\"/mentions-legales\"", "href=\"/donnees-personnelles\"", "href=\"/cookies\"",
                "href=\"/accessibilite\"");
    }

    @Test
    void the_legal_notice_names_the_publisher_the_publication_director_and_the_host() {
        assertThat(page("/mentions-legales")).contains("<h1>Mentions légales</h1>", "Région Hauts-de-France",
                "Directeur de la publication", "Hébergement", "151 avenue du Président Hoover");
    }

    @Test
    void the_personal_data_page_gives_the_retention_schedule_the_data_protection_officer_and_the_rights() {
        assertThat(page("/donnees-personnelles")).contains("<h1>Données personnelles</h1>",
                "12 mois, puis suppression après un avertissement", "5 ans après la décision, puis anonymisation",
                "10 ans après le dernier paiement", "3 ans sans connexion", "mailto:dpo@hautsdefrance.fr",
                "rectifier", "CNIL");
    }

    @Test
    void the_cookie_page_says_only_functional_cookies_are_set() {
        assertThat(page("/cookies")).contains("<h1>Cookies</h1>", "que des cookies nécessaires à son fonctionnement",
                "aucun\ncookie de mesure d'audience");
    }

    private static String page(String path) {
        return given().accept("text/html").get(path).then().statusCode(200).contentType("text/html")
                .extract().asString();
    }
}
