package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.service.Rules;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The payment rules new grants are opened with (public: they are part of the scheme's regulation). */
@Path("/api/v1/payment-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RulesResource {

    private final Rules rules;

    @Inject
    public RulesResource(Rules rules) {
        this.rules = rules;
    }

    @GET
    @PermitAll
    @Operation(summary = "Advance rate, instalment ceiling, minimum payment, validity, with the rules' version")
    public Views.RulesView current() {
        return Views.RulesView.of(rules.current());
    }
}
