package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.service.PortalSessions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * "Se déconnecter": the session is recorded as ended first, on the server, so that a copy of its
 * cookie opens nothing from this instant; then Quarkus ends it at Keycloak too
 * ({@code quarkus.oidc.portal.logout.path}: the cookie cleared, Keycloak's session closed).
 */
@Path("/deconnexion")
@PermitAll
public class SignOut {

    /** Where Quarkus' RP-initiated logout is configured. */
    static final String IDENTITY_PROVIDER_LOGOUT = "/deconnexion/fin";

    private final SecurityIdentity identity;
    private final PortalSessions sessions;

    @Inject
    public SignOut(SecurityIdentity identity, PortalSessions sessions) {
        this.identity = identity;
        this.sessions = sessions;
    }

    @GET
    public Response signOut() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        PortalSessionIds.of(identity).ifPresent(session -> sessions.end(session, identity.getPrincipal().getName(),
                PortalSessions.Ending.SIGNED_OUT));
        return Response.seeOther(URI.create(IDENTITY_PROVIDER_LOGOUT)).build();
    }
}
