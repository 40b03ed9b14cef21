package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

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
    void a_person_without_an_organisation_comes_back_to_the_simulators_answers_once_it_is_registered() {
        PortalBrowser browser = PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant");
        String back = "/espace/nouveau-dossier?stage=EMERGENCE&requestedAmount=20000";

        browser.get("/espace/nouveau-dossier?stage=EMERGENCE&requestedAmount=20000").then().statusCode(200)
                .body(containsString("href=\"/espace/structures/nouvelle?suite=%2Fespace%2Fnouveau-dossier%3F"
                        + "stage%3DEMERGENCE%26requestedAmount%3D20000\""));
        browser.submit("/espace/structures/nouvelle?suite=" + java.net.URLEncoder.encode(back,
                        java.nio.charset.StandardCharsets.UTF_8), "/espace/structures", Map.of("name", "Les Jardins",
                        "applicantType", "ESS_ENTERPRISE", "legalForm", "ASSOCIATION", "siren", Fixtures.newSiren(),
                        "rna", "W621234567", "suite", back))
                .then().statusCode(303).header("Location", endsWith(back));
    }

    @Test
    void a_registration_never_sends_its_person_to_another_site_or_page() {
        PortalBrowser browser = PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant");

        browser.get("/espace/structures/nouvelle?suite=https://example.org/espace/nouveau-dossier").then()
                .statusCode(200).body(not(containsString("name=\"suite\"")));
        for (String elsewhere : new String[] {"https://example.org/espace/nouveau-dossier", "//example.org/espace/nouveau-dossier",
                "/espace/nouveau-dossier/../../admin", "/espace/dossiers"}) {
            browser.submit("/espace/structures/nouvelle", "/espace/structures", Map.of("name", "Les Jardins",
                            "applicantType", "ESS_ENTERPRISE", "legalForm", "ASSOCIATION", "siren", Fixtures.newSiren(),
                            "rna", "W621234567", "suite", elsewhere))
                    .then().statusCode(303).header("Location", endsWith("/espace"));
        }
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
