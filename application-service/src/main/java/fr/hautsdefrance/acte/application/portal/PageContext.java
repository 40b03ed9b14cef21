package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.service.Notices;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.OptionalLong;

/** What every page shows around its content: who is signed in, their spaces, the form token. */
@Named("page")
@RequestScoped
public class PageContext {

    private final SecurityIdentity identity;
    private final RoutingContext routing;
    private final Notices notices;
    private OptionalLong unread;

    @Inject
    public PageContext(SecurityIdentity identity, RoutingContext routing, Notices notices) {
        this.identity = identity;
        this.routing = routing;
        this.notices = notices;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getUserName() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isApplicant() {
        return identity.hasRole(Roles.APPLICANT);
    }

    public boolean isStaff() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.MANAGER) || identity.hasRole(Roles.FINANCE)
                || identity.hasRole(Roles.ADMIN);
    }

    /** Officers and managers instruct files; finance and admin only read them. */
    public boolean isInstructor() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.MANAGER);
    }

    /** Finance officers have their own desk: mandates, bordereaux, titres. */
    public boolean isFinance() {
        return identity.hasRole(Roles.FINANCE);
    }

    public boolean isManager() {
        return identity.hasRole(Roles.MANAGER);
    }

    public String getCsrf() {
        return PortalCsrf.tokenOf(routing);
    }

    /** Whether the header can show how many notices are unread (notification-service answered in time). */
    public boolean isUnreadCountKnown() {
        return unread().isPresent();
    }

    public long getUnreadCount() {
        return unread().orElse(0);
    }

    /** Asked once per page, and only of a signed-in person. */
    private OptionalLong unread() {
        if (unread == null) {
            unread = isSignedIn() ? notices.unreadCount() : OptionalLong.empty();
        }
        return unread;
    }

    /**
     * What was typed in a field of the form this request sent: a form refused is shown again with it,
     * so nothing is typed twice (a form accepted redirects). Empty on a page simply loaded.
     */
    public String typed(String field) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null || !"POST".equals(routing.request().method().name())) {
            return "";
        }
        Object value = request.getFormParameter(field, true, false);
        return value instanceof String text ? text : "";
    }

    /**
     * As {@link #typed}, for a page with one such form per item (a request to answer, a file to vote on):
     * only the form of {@code item} gets back what was typed, the item named by the form's address or its
     * {@code applicationId} field.
     */
    public String typedFor(Object item, String field) {
        String id = String.valueOf(item);
        return routing.normalizedPath().contains(id) || id.equals(typed("applicationId")) ? typed(field) : "";
    }

    public String getPath() {
        return routing.normalizedPath();
    }
}
