package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.domain.LineDecision;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.service.Access;
import fr.hautsdefrance.acte.payment.service.IdempotentCommands;
import fr.hautsdefrance.acte.payment.service.PaymentOrderService;
import fr.hautsdefrance.acte.payment.service.PaymentExportService;
import fr.hautsdefrance.acte.payment.service.PaymentRequestService;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Payments: the officer's review of the expense statement, then the finance officers' four-eyes order. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentResource {

    private final Access access;
    private final PaymentRequestService requests;
    private final PaymentOrderService orders;
    private final IdempotentCommands idempotency;
    private final CurrentUser user;
    private final PaymentExportService exports;

    @Inject
    public PaymentResource(Access access, PaymentRequestService requests, PaymentOrderService orders,
            IdempotentCommands idempotency, CurrentUser user, PaymentExportService exports) {
        this.exports = exports;
        this.access = access;
        this.requests = requests;
        this.orders = orders;
        this.idempotency = idempotency;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Payments in a status, oldest first: REQUESTED for officers, VALIDATED and APPROVED for finance")
    public Views.Page<Views.PaymentView> inStatus(
            @QueryParam("status") @NotNull(message = "indiquez le statut recherché : " + STATUSES) String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "0 au moins (la première page est 0)") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "1 au moins")
            @Max(value = 100, message = "100 au plus") int size) {
        return Views.Page.of(orders.inStatus(status(status), page, size).map(p -> Views.PaymentView.of(p, fullIban())));
    }

    static final String STATUSES = "SCHEDULED, REQUESTED, VALIDATED, APPROVED, ORDERED, PAID ou REJECTED";

    /** Read here rather than by JAX-RS, which answers an unknown enum value in a query with a bare 404. */
    private static PaymentStatus status(String status) {
        try {
            return PaymentStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "statut « " + status + " » inconnu : " + STATUSES + ".");
        }
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Payments export for finance: every payment requested so far (or in one status), with its "
            + "grant, commitment and mandate; CSV for French spreadsheets (';', decimal comma, French headers)")
    public Response export(@QueryParam("status") String status) {
        PaymentStatus only = status == null || status.isBlank() ? null : status(status);
        return Attachments.streamed(out -> exports.write(only, out), "text/csv;charset=UTF-8", "versements-acte.csv");
    }

    @GET
    @Path("/{paymentId}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A payment with its expense statement and its history")
    public Views.PaymentView payment(@PathParam("paymentId") UUID paymentId) {
        return Views.PaymentView.of(access.payment(paymentId), fullIban());
    }

    public record LineReviewBody(
            @NotNull(message = "indiquez ACCEPTED ou REJECTED") LineDecision decision,
            @DecimalMin(value = "0.00", message = "le montant retenu ne peut pas être négatif")
            @Digits(integer = 10, fraction = 2, message = "un montant en euros, au centime près") BigDecimal acceptedAmount,
            @Size(max = 1000) String comment) {
    }

    public record ReviewBody(@NotNull(message = "indiquez une décision par ligne") @Size(max = 200)
            List<@NotNull @Valid LineReviewBody> lines) {
    }

    @POST
    @Path("/{paymentId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Review the expense statement line by line; fixes the amount due (proration and recovery on the balance)")
    public Views.PaymentView review(@PathParam("paymentId") UUID paymentId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid ReviewBody body) {
        return Views.PaymentView.of(requests.review(paymentId, body.lines().stream()
                .map(l -> new PaymentRequestService.LineReview(l.decision(), l.acceptedAmount(), l.comment()))
                .toList()), fullIban());
    }

    @POST
    @Path("/{paymentId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Reject a whole payment request, with the reason")
    public Views.PaymentView reject(@PathParam("paymentId") UUID paymentId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid GrantResource.Reason body) {
        return Views.PaymentView.of(requests.reject(paymentId, body.reason()), fullIban());
    }

    @POST
    @Path("/{paymentId}/preparation")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Maker: prepare the payment order to the validated bank account")
    public Views.PaymentView prepare(@PathParam("paymentId") UUID paymentId) {
        return Views.PaymentView.of(orders.prepare(paymentId), true);
    }

    @POST
    @Path("/{paymentId}/liquidation-return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Send a liquidated instalment back to the officer, with the reason, instead of preparing its "
            + "mandate (refused once the mandate is prepared)")
    public Views.PaymentView returnLiquidation(@PathParam("paymentId") UUID paymentId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid GrantResource.Reason body) {
        return Views.PaymentView.of(orders.returnLiquidation(paymentId, body.reason()), true);
    }

    @POST
    @Path("/{paymentId}/approval")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Checker: approve an order another finance officer prepared; requires an Idempotency-Key header")
    @APIResponseSchema(value = Views.PaymentView.class, responseCode = "200",
            responseDescription = "L'ordre approuvé (ou la même réponse pour une clé d'idempotence déjà vue)")
    public Response approve(@PathParam("paymentId") UUID paymentId,
            @Parameter(required = true, description = IdempotentCommands.DESCRIPTION) @HeaderParam(IdempotentCommands.HEADER) String key) {
        IdempotentCommands.Answer answer = idempotency.run(key, "payment-approval " + paymentId, paymentId, 200,
                () -> Views.PaymentView.of(orders.approve(paymentId), true));
        return Answers.of(answer);
    }

    private boolean fullIban() {
        return user.is(Roles.FINANCE) || user.is(Roles.ADMIN);
    }
}
