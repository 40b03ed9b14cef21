package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The e-mail delivery log, for administrators: what failed for good, and sending it again once fixed. */
@Path("/api/v1/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Notifications (administration)")
public class DeliveryResource {

    private final NotificationService notifications;

    @Inject
    public DeliveryResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    public record DeliveryView(UUID id, String eventId, String eventType, String kind, String audience,
            String recipientSubject, String address, UUID applicationId, String subject, String status, int attempts,
            String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime failedAt,
            OffsetDateTime erasedAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.eventId, d.eventType, d.kind.name(), d.audience.name(),
                    d.recipientSubject, d.address(), d.applicationId, d.subjectLine, d.status().name(), d.attempts(),
                    d.lastError(), d.createdAt, d.sentAt(), d.failedAt(), d.erasedAt());
        }
    }

    @GET
    @Path("/failed")
    @Operation(summary = "E-mails given up (no address, permanent refusal, attempts exhausted), newest first")
    public List<DeliveryView> failed(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalidField("limit", "limit doit être compris entre 1 et 1000.");
        }
        return notifications.failedDeliveries(limit).stream().map(DeliveryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One e-mail of the log")
    public DeliveryView one(@PathParam("id") UUID id) {
        return notifications.delivery(id).map(DeliveryView::of)
                .orElseThrow(() -> ProblemException.notFound("Aucun envoi " + id + "."));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a failed e-mail again, to the recipient's latest known address")
    public DeliveryView retry(@PathParam("id") UUID id) {
        try {
            return notifications.retry(id).map(DeliveryView::of)
                    .orElseThrow(() -> ProblemException.notFound("Aucun envoi " + id + "."));
        } catch (IllegalTransitionException e) {
            throw ProblemException.conflict("delivery-not-retryable", e.getMessage());
        }
    }
}
