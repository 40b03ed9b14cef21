package fr.hautsdefrance.acte.application.portal;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells the portal's own script requests (htmx's, such as the autosave) from page loads. When the
 * session has ended, such a request is answered 499 instead of a redirect to the sign-in page
 * ({@code java-script-auto-redirect=false}): a script cannot follow that redirect to another site,
 * so it would fail unseen; with 499 the page says the session has ended and keeps what was typed.
 */
@ApplicationScoped
public class PortalScriptRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        String requestedWith = context.request().getHeader("X-Requested-With");
        return context.request().getHeader("HX-Request") != null || "XMLHttpRequest".equals(requestedWith)
                || "JavaScript".equals(requestedWith);
    }
}
