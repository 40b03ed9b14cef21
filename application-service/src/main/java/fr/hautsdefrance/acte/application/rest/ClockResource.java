package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.web.AdjustableClock;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The service's time, moved forward where the legal deadlines must be seen passing (end-to-end
 * tests, demonstrations). Answered as not found wherever the clock is not adjustable, i.e. in production.
 */
@Path("/api/v1/clock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Clock")
public class ClockResource {

    private final AdjustableClock adjustable;
    private final Clock clock;

    @Inject
    public ClockResource(AdjustableClock adjustable, Clock clock) {
        this.adjustable = adjustable;
        this.clock = clock;
    }

    public record Now(OffsetDateTime now, long offsetDays) {
    }

    public record Advance(@NotNull(message = "indiquez le nombre de jours") @Min(-3650) @Max(3650) Integer days) {
    }

    @GET
    @Operation(summary = "The service's time and its offset from the real time")
    public Now now() {
        return current();
    }

    @POST
    @Path("/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the service's time by a number of days")
    public Now advance(@NotNull(message = "le corps de la requête est vide") @Valid Advance body) {
        current();
        adjustable.advance(Duration.ofDays(body.days()));
        return current();
    }

    @DELETE
    @Operation(summary = "Back to the real time")
    public Now reset() {
        current();
        adjustable.reset();
        return current();
    }

    private Now current() {
        if (!adjustable.enabled()) {
            throw ProblemException.notFound("L'horloge de ce service n'est pas réglable.");
        }
        return new Now(OffsetDateTime.now(clock), adjustable.offset().toDays());
    }
}
