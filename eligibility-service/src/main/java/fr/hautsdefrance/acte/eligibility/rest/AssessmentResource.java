package fr.hautsdefrance.acte.eligibility.rest;

import fr.hautsdefrance.acte.eligibility.service.AssessmentService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/eligibility/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility")
public class AssessmentResource {

    private final AssessmentService assessments;

    @Inject
    public AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** Pure computation, no I/O: answered on the event loop, without a hop to a worker thread. */
    @POST
    @PermitAll
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulate: apply the ACTE rules to a project, without storing anything",
            description = "Public. Every check is explained in French; the maximum grant is always given.")
    public AssessmentView simulate(@NotNull(message = "le corps de la requête est vide") @Valid AssessmentRequest request) {
        return AssessmentView.of(assessments.simulate(request.toInput(), request.ruleSetVersion())
                .orElseThrow(() -> ProblemException.invalidField("ruleSetVersion", "Aucune version « "
                        + request.ruleSetVersion() + " » du règlement ACTE.")));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Read a stored assessment of a submitted application, with its full trace")
    public AssessmentView get(@PathParam("id") UUID id) {
        return assessments.find(id).map(AssessmentView::of)
                .orElseThrow(() -> ProblemException.notFound("Aucune analyse d'éligibilité " + id + "."));
    }
}
