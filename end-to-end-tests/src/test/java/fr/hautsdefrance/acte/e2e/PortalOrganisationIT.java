package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's members in a real browser: its owner (porteur) invites porteuse by e-mail and
 * passes the code on, porteuse joins with it from her space, the owner then removes her. Each
 * person has their own browser session; every page is checked for accessibility.
 */
@ExtendWith(PlatformExtension.class)
class PortalOrganisationIT {

    @Test
    void an_owner_invites_a_member_who_joins_with_the_code_and_is_then_removed(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String name = "Coopérative d'habitants de Méricourt";
        String organisation = AwardSteps.organisation(platform, "porteur", name, Sirens.random());

        try (Browser browser = new Browser()) {
            Page owner = browser.newPage(false);
            owner.navigate(portal + "/connexion");
            Browser.signIn(owner, "porteur");
            owner.waitForURL("**/espace");
            owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name + " : membres")).click();
            owner.waitForURL("**/espace/structures/" + organisation);
            assertThat(owner.locator("#membres ~ .table-scroll")).containsText("(vous)");
            Browser.check(owner, "50-structure-membres");

            owner.getByLabel("Adresse e-mail de la personne").fill("porteuse@");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l'invitation")).click();
            assertThat(owner.locator(".error-summary")).containsText("Indiquez l'adresse e-mail");
            assertThat(owner.locator("#email")).hasAttribute("aria-invalid", "true");
            owner.getByLabel("Adresse e-mail de la personne").fill("porteuse@acte.localhost");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l'invitation")).click();
            assertThat(owner.locator("main")).containsText("Invitation créée pour porteuse@acte.localhost");
            String code = owner.locator(".invitation-code code").innerText().trim();
            assertThat(code).isNotBlank();
            Browser.check(owner, "51-invitation-creee");

            Page member = browser.newPage(false);
            member.navigate(portal + "/connexion");
            Browser.signIn(member, "porteuse");
            member.waitForURL("**/espace");
            member.getByLabel("Rejoindre une structure", new Page.GetByLabelOptions().setExact(false)).fill("mauvais-code");
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejoindre la structure")).click();
            assertThat(member.locator(".error-summary")).containsText("Code d'invitation inconnu");
            Browser.check(member, "52-code-inconnu");
            member.getByLabel("Rejoindre une structure", new Page.GetByLabelOptions().setExact(false)).fill(code);
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejoindre la structure")).click();
            member.waitForURL("**/espace/structures/" + organisation + "?avis=rejoint");
            assertThat(member.locator("main [role=status]")).containsText("Vous avez rejoint la structure");
            assertThat(member.locator("main")).containsText("Seuls les responsables de la structure peuvent inviter");
            Browser.check(member, "53-structure-rejointe");

            owner.navigate(portal + "/espace/structures/" + organisation);
            owner.locator("tr", new Page.LocatorOptions().setHasText("porteuse@acte.localhost"))
                    .getByRole(AriaRole.BUTTON).click();
            assertThat(owner.locator("main [role=status]")).containsText("Le membre est retiré");
            assertThat(owner.locator("#membres ~ .table-scroll")).not().containsText("porteuse@acte.localhost");
            Browser.check(owner, "54-membre-retire");
        }

        List<String> members = platform.as("porteur", Service.APPLICATION).get("/api/v1/organisations/{id}", organisation)
                .then().statusCode(200).extract().path("members.email");
        assertThat(members).containsExactly("porteur@acte.localhost");
    }
}
