package fr.hautsdefrance.acte.eligibility.rest;

import fr.hautsdefrance.acte.eligibility.domain.RuleSet;
import fr.hautsdefrance.acte.eligibility.service.ReferenceData;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The published parameters of every version of the rules: anyone can see what is applied. */
@Path("/api/v1/eligibility/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@NonBlocking
@Tag(name = "Eligibility")
public class RuleSetResource {

    private final ReferenceData reference;

    @Inject
    public RuleSetResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Operation(summary = "Every version of the ACTE rules, oldest first")
    public List<RuleSet> all() {
        return reference.ruleSets();
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One version of the ACTE rules")
    public RuleSet one(@PathParam("version") String version) {
        return reference.ruleSet(version)
                .orElseThrow(() -> ProblemException.notFound("Aucune version « " + version + " » du règlement ACTE."));
    }
}
