package fr.hautsdefrance.acte.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

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

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** Regional staff see every application; applicants only their organisations'. */
    public boolean isRegionalStaff() {
        return is(Roles.OFFICER) || is(Roles.MANAGER) || is(Roles.FINANCE) || is(Roles.ADMIN);
    }
}
