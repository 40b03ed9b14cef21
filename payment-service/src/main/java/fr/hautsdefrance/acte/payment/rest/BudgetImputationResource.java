package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.domain.BudgetImputation;
import fr.hautsdefrance.acte.payment.domain.CallImputation;
import fr.hautsdefrance.acte.payment.domain.PaymentRuleException;
import fr.hautsdefrance.acte.payment.service.CommitmentService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The budget imputation of each call (appel à projets), set by finance: the awards voted on that call
 * are committed on it. The call itself is application-service's; its id is all this service needs.
 */
@Path("/api/v1/calls/{callId}/budget-imputation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments")
public class BudgetImputationResource {

    private final CommitmentService commitments;

    @Inject
    public BudgetImputationResource(CommitmentService commitments) {
        this.commitments = commitments;
    }

    public record ImputationBody(
            @NotBlank(message = "indiquez le code du budget (ex. BP)") @Size(max = 10) String budget,
            @NotBlank(message = "indiquez le chapitre (ex. 65)") @Size(max = 3) String chapter,
            @NotBlank(message = "indiquez le compte par nature M57 (ex. 6574)") @Size(max = 8) String nature,
            @NotBlank(message = "indiquez la fonction M57 (ex. 61)") @Size(max = 4) String function,
            @NotBlank(message = "indiquez le programme") @Size(max = 30) String programme,
            @NotBlank(message = "indiquez l'autorisation d'engagement") @Size(max = 30) String authorisation) {
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The imputation the call's awards are committed on (the default one if finance set none)")
    public Views.CallImputationView imputation(@PathParam("callId") UUID callId) {
        return commitments.ofCall(callId).map(BudgetImputationResource::view)
                .orElseGet(() -> new Views.CallImputationView(callId,
                        Views.ImputationView.of(commitments.defaultImputation()), true, null, null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set the call's budget imputation; applies to the awards voted from now on")
    public Views.CallImputationView set(@PathParam("callId") UUID callId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid ImputationBody body) {
        BudgetImputation imputation;
        try {
            imputation = new BudgetImputation(body.budget(), body.chapter(), body.nature(), body.function(),
                    body.programme(), body.authorisation());
        } catch (PaymentRuleException e) {
            // A mistyped code is bad input, named by its field, not a refusal by the payment rules.
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
        return view(commitments.setForCall(callId, imputation));
    }

    private static Views.CallImputationView view(CallImputation call) {
        return new Views.CallImputationView(call.callId, Views.ImputationView.of(call.imputation), false,
                call.updatedBy, call.updatedAt);
    }
}
