package fr.hautsdefrance.acte.application.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** payment-service's review of a payment request (the liquidation), as the portal uses it for an officer. */
@RegisterRestClient(configKey = "payment")
@RegisterProvider(PropagatedAccessToken.class)
@Path("/api/v1/payments")
public interface LiquidationApi {

    record Review(List<LineReview> lines) {
    }

    record Rejection(String reason) {
    }

    @POST
    @Path("/{paymentId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    GrantDetails.Payment review(@PathParam("paymentId") UUID paymentId, Review review);

    @POST
    @Path("/{paymentId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    GrantDetails.Payment reject(@PathParam("paymentId") UUID paymentId, Rejection rejection);
}
