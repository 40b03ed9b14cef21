package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

/**
 * The registration form refused by the same command and the same organisation rules as the API, each
 * message next to the field to correct, what was typed kept.
 */
@QuarkusTest
class OrganisationFormTest {

    @Test
    void a_refused_registration_puts_each_message_next_to_its_field() {
        PortalBrowser browser = PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant");
        String siren = Fixtures.newSiren();

        browser.submit("/espace/structures/nouvelle", "/espace/structures", Map.of("name", "Les Jardins",
                        "legalForm", "ASSOCIATION", "siren", siren, "siret", "1234", "rna", "W621234567"))
                .then().statusCode(200)
                .body(containsString("href=\"#applicantType\">Indiquez le type de structure."))
                .body(containsString("href=\"#siret\">Numéro SIRET invalide"))
                .body(containsString("value=\"Les Jardins\""));

        browser.submit("/espace/structures/nouvelle", "/espace/structures", Map.of("name", "Les Jardins",
                        "applicantType", "ESS_ENTERPRISE", "legalForm", "ASSOCIATION", "siren", siren))
                .then().statusCode(200)
                .body(containsString("href=\"#rna\">Indiquez le numéro RNA de l&#39;association"));

        browser.submit("/espace/structures/nouvelle", "/espace/structures", Map.of("name", "Les Jardins",
                        "applicantType", "ESS_ENTERPRISE", "legalForm", "ASSOCIATION", "siren", siren,
                        "rna", "w62 123 4567"))
                .then().statusCode(303);
    }

    @Test
    void an_invitation_to_an_address_that_cannot_receive_it_is_refused_on_the_page() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");

        browser.submit("/espace/structures/" + organisation, "/espace/structures/" + organisation + "/invitations",
                        Map.of("email", "camille@association"))
                .then().statusCode(200)
                .body(containsString("Indiquez l&#39;adresse e-mail de la personne à inviter"));
    }
}
