package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.hautsdefrance.acte.stack.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in, account-creation, password-reset and account pages are Keycloak's, in the Region's
 * theme: the portal's header and colours, the footer naming the Région Hauts-de-France and its legal
 * pages, in French, without a single accessibility violation, on a desktop and on a 360 px phone.
 */
@ExtendWith(PlatformExtension.class)
class RegionSignInPagesIT {

    @Test
    void the_sign_in_pages_wear_the_regions_look_and_lead_to_its_legal_pages(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            for (boolean phone : new boolean[] {false, true}) {
                String size = phone ? "-360" : "-1280";
                Page page = browser.newPage(phone);
                page.navigate(portal + "/connexion");
                page.locator("#username").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
                assertRegionsPage(page, "Se connecter à ACTE");
                Browser.checkWithoutAnyViolation(page, "keycloak-connexion" + size);

                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Créer un compte")).click();
                assertRegionsPage(page, "Créer mon compte ACTE");
                Browser.checkWithoutAnyViolation(page, "keycloak-creer-un-compte" + size);

                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("« Retour à la connexion")).click();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
                assertThat(page.locator("h1")).isVisible();
                assertRegionsPage(page, null);
                Browser.checkWithoutAnyViolation(page, "keycloak-mot-de-passe-oublie" + size);

                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mentions légales")).click();
                page.waitForURL(portal + "/mentions-legales");
                assertThat(page.locator("h1")).hasText("Mentions légales");
                page.context().close();
            }
        }
    }

    @Test
    void the_account_pages_for_password_and_e_mail_are_in_the_regions_colours(RunningPlatform platform) {
        try (Browser browser = new Browser()) {
            for (boolean phone : new boolean[] {false, true}) {
                String size = phone ? "-360" : "-1280";
                Page page = browser.newPage(phone);
                page.navigate(platform.realmUrl() + "/account");
                Browser.signIn(page, "porteur");
                assertThat(page.locator("main")).containsText("Informations personnelles");
                assertThat(page.title()).isEqualTo("Mon compte ACTE — Région Hauts-de-France");
                Browser.checkWithoutAnyViolation(page, "keycloak-compte" + size);

                page.navigate(platform.realmUrl() + "/account/account-security/signing-in");
                assertThat(page.locator("main")).containsText("Mot de passe");
                Browser.checkWithoutAnyViolation(page, "keycloak-compte-connexion" + size);
                page.context().close();
            }
        }
    }

    /** The portal's header (the Region, then ACTE) and the Region's footer with its legal pages. */
    private static void assertRegionsPage(Page page, String heading) {
        if (heading != null) {
            assertThat(page.locator("h1")).hasText(heading);
        }
        assertThat(page.locator("#kc-header")).containsText("Région Hauts-de-France");
        assertThat(page.locator(".acte-footer")).containsText("un dispositif de la Région Hauts-de-France");
        for (String link : new String[] {"Mentions légales", "Données personnelles", "Cookies",
                "Accessibilité : partiellement conforme"}) {
            assertThat(page.locator(".acte-footer").getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName(link))).isVisible();
        }
        String background = (String) page.evaluate("() => getComputedStyle(document.querySelector('#kc-login, "
                + "input[type=submit], button[type=submit]')).backgroundColor");
        assertThat(background).as("the Region's blue on the main button").isEqualTo("rgb(0, 0, 145)");
    }
}
