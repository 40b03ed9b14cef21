package fr.hautsdefrance.acte.application.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** payment-service's finance API (mandates, bordereaux, titres), as the portal uses it for a finance officer. */
@RegisterRestClient(configKey = "payment")
@RegisterProvider(PropagatedAccessToken.class)
@Path("/api/v1")
public interface FinanceApi {

    @GET
    @Path("/payments")
    FinanceViews.Page<FinanceViews.Mandate> payments(@QueryParam("status") String status, @QueryParam("size") int size);

    @POST
    @Path("/payments/{paymentId}/preparation")
    FinanceViews.Mandate prepare(@PathParam("paymentId") UUID paymentId);

    @POST
    @Path("/payments/{paymentId}/liquidation-return")
    @Consumes(MediaType.APPLICATION_JSON)
    FinanceViews.Mandate returnLiquidation(@PathParam("paymentId") UUID paymentId, FinanceViews.LiquidationReturn body);

    @POST
    @Path("/payments/{paymentId}/approval")
    FinanceViews.Mandate approve(@PathParam("paymentId") UUID paymentId,
            @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("/payments/export.csv")
    @Produces("text/csv")
    byte[] export();

    @GET
    @Path("/payment-batches")
    FinanceViews.Page<FinanceViews.Batch> batches(@QueryParam("size") int size);

    @POST
    @Path("/payment-batches")
    @Consumes(MediaType.APPLICATION_JSON)
    FinanceViews.Batch newBatch(@HeaderParam("Idempotency-Key") String idempotencyKey, FinanceViews.NewBatch body);

    @GET
    @Path("/payment-batches/{batchId}")
    FinanceViews.Batch batch(@PathParam("batchId") UUID batchId);

    @GET
    @Path("/payment-batches/{batchId}/pes-aller")
    @Produces(MediaType.APPLICATION_XML)
    byte[] pesFile(@PathParam("batchId") UUID batchId);

    @POST
    @Path("/payment-batches/{batchId}/accountant-answers")
    @Consumes(MediaType.APPLICATION_XML)
    FinanceViews.Batch accountantAnswer(@PathParam("batchId") UUID batchId, byte[] file);

    @GET
    @Path("/recoveries")
    FinanceViews.Page<FinanceViews.Recovery> recoveries(@QueryParam("status") String status,
            @QueryParam("size") int size);

    @POST
    @Path("/recoveries/{recoveryId}/collection")
    @Consumes(MediaType.APPLICATION_JSON)
    FinanceViews.Recovery collect(@PathParam("recoveryId") UUID recoveryId, FinanceViews.Collection body);
}
