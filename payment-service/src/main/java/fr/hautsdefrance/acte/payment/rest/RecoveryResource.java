package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import fr.hautsdefrance.acte.payment.service.RecoveryService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import java.util.Locale;
import java.util.UUID;

/** Recovery orders: the second person's check of a final amount that claims money back. */
@Path("/api/v1/recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recoveries")
public class RecoveryResource {

    static final String STATUSES = "PROPOSED, ISSUED, REFUSED, COLLECTED ou CANCELLED";

    private final RecoveryService recoveries;

    @Inject
    public RecoveryResource(RecoveryService recoveries) {
        this.recoveries = recoveries;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Recovery orders in a status, oldest first: PROPOSED are those awaiting their second check")
    public Views.Page<Views.RecoveryView> inStatus(
            @QueryParam("status") @NotNull(message = "indiquez le statut recherché : " + STATUSES) String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "0 au moins (la première page est 0)") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "1 au moins")
            @Max(value = 100, message = "100 au plus") int size) {
        return Views.Page.of(recoveries.inStatus(status(status), page, size).map(Views.RecoveryView::of));
    }

    @GET
    @Path("/{recoveryId}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A recovery order")
    public Views.RecoveryView recovery(@PathParam("recoveryId") UUID recoveryId) {
        return Views.RecoveryView.of(recoveries.recovery(recoveryId));
    }

    @POST
    @Path("/{recoveryId}/confirmation")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "Second check: confirm the final amount; the recovery is issued and the balance settled. "
            + "Never by the officer who reviewed the balance")
    public Views.RecoveryView confirm(@PathParam("recoveryId") UUID recoveryId) {
        return Views.RecoveryView.of(recoveries.confirm(recoveryId));
    }

    @POST
    @Path("/{recoveryId}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "Second check: the final amount is not confirmed; the final statement goes back to review")
    public Views.RecoveryView refuse(@PathParam("recoveryId") UUID recoveryId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid GrantResource.Reason body) {
        return Views.RecoveryView.of(recoveries.refuse(recoveryId, body.reason()));
    }

    public record CollectionBody(@NotNull(message = "indiquez la date d'encaissement par le comptable public")
            java.time.LocalDate collectedOn) {
    }

    @POST
    @Path("/{recoveryId}/collection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "The public accountant collected the money owed: the recovery and the grant are settled")
    public Views.RecoveryView collect(@PathParam("recoveryId") UUID recoveryId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid CollectionBody body) {
        return Views.RecoveryView.of(recoveries.collect(recoveryId, body.collectedOn()));
    }

    @POST
    @Path("/{recoveryId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "The titre is cancelled (deliberation, remission, error), with the reason: nothing is owed, "
            + "the grant is settled")
    public Views.RecoveryView cancel(@PathParam("recoveryId") UUID recoveryId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid GrantResource.Reason body) {
        return Views.RecoveryView.of(recoveries.cancel(recoveryId, body.reason()));
    }

    private static RecoveryStatus status(String status) {
        try {
            return RecoveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "statut « " + status + " » inconnu : " + STATUSES + ".");
        }
    }
}
