package fr.hautsdefrance.acte.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request. {@link #subject()} is the OIDC {@code sub} claim
 * ({@code quarkus.oidc.token.principal-claim=sub}): stable, unlike a login or an e-mail.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    @Inject
    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    /**
     * The e-mail address the identity provider vouches for: null when the token carries none or
     * when its owner has not verified it ({@code email_verified}), so that no invitation is
     * accepted and no notification sent on an address nobody proved to own.
     */
    public String email() {
        return isEmailVerified() ? claim("email") : null;
    }

    /** Whether the identity provider checked that the person owns their address. */
    public boolean isEmailVerified() {
        return "true".equals(claim("email_verified"));
    }

    /** "Camille Lefebvre", else the login, else the subject: how the person is named on screens and in the trail. */
    public String displayName() {
        String name = claim("name");
        if (name == null || name.isBlank()) {
            name = claim("preferred_username");
        }
        return name == null || name.isBlank() ? subject() : name;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** Regional staff see every application; applicants only their organisations'. */
    public boolean isRegionalStaff() {
        return is(Roles.OFFICER) || is(Roles.MANAGER) || is(Roles.FINANCE) || is(Roles.ADMIN);
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            if (value instanceof jakarta.json.JsonString json) {
                return json.getString();
            }
            return value == null ? null : value.toString();
        }
        return null;
    }
}
