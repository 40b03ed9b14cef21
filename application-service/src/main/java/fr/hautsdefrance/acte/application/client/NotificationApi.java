package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** notification-service's in-app notices: the signed-in person's own, with their token. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(PropagatedAccessToken.class)
@Path("/api/v1/notifications")
public interface NotificationApi {

    @GET
    List<Notice> mine();

    @GET
    @Path("/unread-count")
    UnreadCount unreadCount();

    @POST
    @Path("/{id}/read")
    Notice markRead(@PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnreadCount(long unread) {
    }
}
