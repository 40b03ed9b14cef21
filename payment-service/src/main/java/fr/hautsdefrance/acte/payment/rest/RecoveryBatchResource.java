package fr.hautsdefrance.acte.payment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.domain.RecoveryBatch;
import fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter;
import fr.hautsdefrance.acte.payment.service.IdempotentCommands;
import fr.hautsdefrance.acte.payment.service.RecoveryService;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Bordereaux of titres de recette: the issued recoveries sent to the public accountant as PES V2 files. */
@Path("/api/v1/recovery-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recoveries")
public class RecoveryBatchResource {

    private final RecoveryService recoveries;
    private final IdempotentCommands idempotency;
    private final ObjectMapper mapper;

    @Inject
    public RecoveryBatchResource(RecoveryService recoveries, IdempotentCommands idempotency, ObjectMapper mapper) {
        this.recoveries = recoveries;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    public record RecoveryBatchBody(@Size(max = 10_000) List<@NotNull UUID> recoveryIds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Put issued recoveries (those listed, or all not yet sent) into a new bordereau of titres de "
            + "recette for the public accountant; requires an Idempotency-Key header")
    @APIResponseSchema(value = Views.RecoveryBatchView.class, responseCode = "201",
            responseDescription = "Le bordereau de titres créé (ou la même réponse pour une clé d'idempotence déjà vue)")
    public Response create(@Parameter(required = true, description = IdempotentCommands.DESCRIPTION)
            @HeaderParam(IdempotentCommands.HEADER) String key, @Valid RecoveryBatchBody body, @Context UriInfo uri) {
        RecoveryBatchBody request = body == null ? new RecoveryBatchBody(null) : body;
        IdempotentCommands.Answer answer = idempotency.run(key, "recovery-batch", request, 201,
                () -> view(recoveries.batch(request.recoveryIds())));
        return Answers.created(answer, uri.getAbsolutePathBuilder(), mapper);
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A bordereau of titres and its recoveries")
    public Views.RecoveryBatchView batch(@PathParam("batchId") UUID batchId) {
        return view(recoveries.recoveryBatch(batchId));
    }

    @GET
    @Path("/{batchId}/pes-aller")
    @Produces(PaymentBatchResource.PES_XML)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "The bordereau of titres de recette as a PES V2 file (PES_Aller, PES_RecetteAller), streamed")
    public Response file(@PathParam("batchId") UUID batchId) {
        RecoveryBatch batch = recoveries.recoveryBatch(batchId);
        StreamingOutput body = out -> recoveries.writeTitreFile(batch.id, out);
        return Response.ok(body, PaymentBatchResource.PES_XML + ";charset=" + PesAllerWriter.ENCODING)
                .header("Content-Disposition", "attachment; filename=\"" + batch.fileName + ".xml\"").build();
    }

    private Views.RecoveryBatchView view(RecoveryBatch batch) {
        return Views.RecoveryBatchView.of(batch, recoveries.recoveriesOf(batch));
    }
}
