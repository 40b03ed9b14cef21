package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The caller's own in-app notices: nobody reads anyone else's. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentUser user;

    @Inject
    public NotificationResource(NotificationService notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    @GET
    @Operation(summary = "My notices, newest first")
    public List<NotificationView> mine() {
        // The portal asks for the notices at each visit: the address the token vouches for is kept fresh.
        notifications.rememberCaller(user.subject(), user.email(), user.displayName());
        return notifications.listFor(user.subject()).stream().map(NotificationView::of).toList();
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of my notices are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(user.subject()));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notices as read")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id, user.subject()).map(NotificationView::of)
                .orElseThrow(() -> ProblemException.notFound("Aucune notification " + id + " pour votre compte."));
    }

    public record UnreadCount(long unread) {
    }
}
