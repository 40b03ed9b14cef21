package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.hamcrest.Matchers.endsWith;

/** The address a dashboard form posts to, opened as a page, leads to the dashboard, not to « Méthode non acceptée ». */
@QuarkusTest
class FormAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/espace/dossiers", "/espace/structures", "/espace/invitations"})
    void a_form_address_opened_as_a_page_leads_to_the_dashboard(String address) {
        PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant").get(address).then().statusCode(303)
                .header("Location", endsWith("/espace"));
    }
}
