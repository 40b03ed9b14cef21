package fr.hautsdefrance.acte.application.portal;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The identity provider's session a portal identity belongs to: the {@code sid} of its ID token. */
final class PortalSessionIds {

    private PortalSessionIds() {
    }

    /** Empty for an identity that did not sign in to the portal (a bearer token, a visitor). */
    static Optional<String> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object sid = token.getClaim("sid");
        String value = sid instanceof jakarta.json.JsonString json ? json.getString() : sid == null ? null : sid.toString();
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
