package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.service.PortalSessions;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Ends portal sessions on the server: a session signed out of (SignOut) or ended by the identity
 * provider (back-channel logout) is refused on every later request, whatever copy of its cookie
 * comes back; the person is sent to sign in again.
 */
@ApplicationScoped
public class PortalSessionCheck implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(PortalSessionCheck.class);

    private final PortalSessions sessions;

    @Inject
    public PortalSessionCheck(PortalSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        Optional<String> session = PortalSessionIds.of(identity);
        if (session.isEmpty() || isIdentityProviderLogout(identity)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (sessions.ended(session.get())) {
                throw new AuthenticationFailedException("portal session " + session.get() + " has ended");
            }
            return identity;
        });
    }

    /**
     * SignOut records the session as ended, then hands over to Quarkus' logout path, which needs the
     * session once more to end it at Keycloak and clear its cookie: refused there, signing out would end
     * on an error page, Keycloak's session still open. That path only ever ends the session.
     */
    private static boolean isIdentityProviderLogout(SecurityIdentity identity) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(identity);
        return routing != null && SignOut.IDENTITY_PROVIDER_LOGOUT.equals(routing.normalizedPath());
    }

    /**
     * Keycloak ended a session (sign-out elsewhere, an administrator, expiry) and told the portal
     * through its back-channel: the logout token, already verified by Quarkus, names the session.
     */
    void endedByTheIdentityProvider(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED) {
            return;
        }
        Object token = event.getEventProperties().get("logout_token");
        if (token == null) {
            return;
        }
        JsonObject claims = payload(token.toString());
        String sid = claims.getString("sid", null);
        if (sid == null) {
            LOG.warn("Back-channel logout without a session id (sid): nothing recorded, the session cookie stays valid "
                    + "until its access token expires");
            return;
        }
        sessions.end(sid, claims.getString("sub", null), PortalSessions.Ending.IDENTITY_PROVIDER);
    }

    private static JsonObject payload(String jwt) {
        String[] parts = jwt.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
