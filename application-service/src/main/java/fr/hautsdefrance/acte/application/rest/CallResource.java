package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.application.service.CallService;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Calls for projects (appels à projets): public list, administered by admins. */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallResource {

    private final CallService calls;

    @Inject
    public CallResource(CallService calls) {
        this.calls = calls;
    }

    public record NewCall(@NotBlank(message = "nommez l'appel") @Size(max = 200) String name,
            @NotNull(message = "indiquez l'ouverture") OffsetDateTime opensAt,
            @NotNull(message = "indiquez la clôture") OffsetDateTime closesAt,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal envelope,
            @NotBlank(message = "indiquez la version du règlement") @Size(max = 32) String ruleSetVersion) {
    }

    public record CallView(UUID id, String name, Call.Kind kind, OffsetDateTime opensAt, OffsetDateTime closesAt,
            BigDecimal envelope, String ruleSetVersion) {

        static CallView of(Call c) {
            return new CallView(c.id, c.name, c.kind, c.opensAt, c.closesAt, c.envelope, c.ruleSetVersion);
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Calls for projects; only the open ones unless all=true")
    public List<CallView> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return (all ? calls.all() : calls.openNow()).stream().map(CallView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a thematic call with its dates, envelope and rules")
    @APIResponseSchema(value = CallView.class, responseCode = "201",
            responseDescription = "L'appel ouvert ; Location donne son adresse")
    public Response open(@NotNull(message = "le corps de la requête est vide") @Valid NewCall body, @Context UriInfo uri) {
        Call call = calls.open(body.name(), body.opensAt(), body.closesAt(), body.envelope(), body.ruleSetVersion());
        return Response.created(uri.getAbsolutePathBuilder().path(call.id.toString()).build())
                .entity(CallView.of(call)).build();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a thematic call now")
    public CallView close(@PathParam("id") UUID id) {
        return CallView.of(calls.close(id));
    }
}
