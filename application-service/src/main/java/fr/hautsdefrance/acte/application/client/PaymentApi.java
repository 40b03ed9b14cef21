package fr.hautsdefrance.acte.application.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** payment-service's grant API, as the portal uses it on behalf of the signed-in person. */
@RegisterRestClient(configKey = "payment")
@RegisterProvider(PropagatedAccessToken.class)
@Path("/api/v1/grants")
public interface PaymentApi {

    @GET
    @Path("/{grantId}")
    GrantDetails grant(@PathParam("grantId") UUID grantId);

    @POST
    @Path("/{grantId}/bank-details")
    @Consumes(MediaType.APPLICATION_JSON)
    GrantDetails.BankAccount proposeBankDetails(@PathParam("grantId") UUID grantId, BankDetails details);

    @POST
    @Path("/{grantId}/payment-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    GrantDetails.Payment requestPayment(@PathParam("grantId") UUID grantId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, PaymentRequest request);
}
