package fr.hautsdefrance.acte.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.Map;
import java.util.Set;

/** Signed access tokens from the test OIDC server, shaped like the realm's: subject, roles, audience. */
public final class Tokens {

    /** The audience every ACTE API requires (a Keycloak audience mapper adds it in the realm). */
    public static final String AUDIENCE = "acte-api";

    private Tokens() {
    }

    /**
     * A bearer token for user {@code subject} with the given realm roles, a verified e-mail address
     * ({@code <subject>@example.org}) and a display name, as Keycloak issues them.
     */
    public static String of(String subject, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "Bearer", Set.of(AUDIENCE),
                Map.of("email", subject + "@example.org", "email_verified", "true", "name", "Nom de " + subject));
    }

    /** The same, for an account whose owner has not verified the e-mail address yet. */
    public static String withUnverifiedEmail(String subject, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "Bearer", Set.of(AUDIENCE),
                Map.of("email", subject + "@example.org", "email_verified", "false", "name", "Nom de " + subject));
    }

    /** A bearer token for a person whose name and e-mail address say nothing of their subject. */
    public static String named(String subject, String name, String email, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "Bearer", Set.of(AUDIENCE),
                Map.of("email", email, "email_verified", "true", "name", name));
    }

    public static String applicant(String subject) {
        return of(subject, "applicant");
    }

    public static String officer(String subject) {
        return of(subject, "officer");
    }

    public static String manager(String subject) {
        return of(subject, "officer", "manager");
    }
}
