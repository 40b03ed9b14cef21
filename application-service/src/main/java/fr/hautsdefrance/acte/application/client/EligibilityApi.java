package fr.hautsdefrance.acte.application.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** eligibility-service's public API, as this service uses it. */
@RegisterRestClient(configKey = "eligibility")
@Path("/api/v1")
public interface EligibilityApi {

    @POST
    @Path("/eligibility/assessments")
    EligibilityVerdict assess(EligibilityQuestion question);

    @GET
    @Path("/eligibility/rule-sets")
    List<RuleSetInfo> ruleSets();

    @GET
    @Path("/territories/epci/{siren}")
    EpciInfo epci(@PathParam("siren") String siren);

    @GET
    @Path("/territories/communes")
    List<CommuneInfo> communes(@QueryParam("q") String query, @QueryParam("limit") int limit);
}
