package fr.hautsdefrance.acte.payment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.domain.ExpenseCategory;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.service.BankDetailsService;
import fr.hautsdefrance.acte.payment.service.GrantService;
import fr.hautsdefrance.acte.payment.service.IdempotentCommands;
import fr.hautsdefrance.acte.payment.service.PaymentRequestService;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Grants (subventions attribuées): their schedule and payments, bank details, payment requests. */
@Path("/api/v1/grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantResource {

    static final String NOT_EMPTY = "le corps de la requête est vide";

    private final GrantService grants;
    private final PaymentRequestService requests;
    private final BankDetailsService bankDetails;
    private final IdempotentCommands idempotency;
    private final CurrentUser user;
    private final ObjectMapper mapper;

    @Inject
    public GrantResource(GrantService grants, PaymentRequestService requests, BankDetailsService bankDetails,
            IdempotentCommands idempotency, CurrentUser user, ObjectMapper mapper) {
        this.grants = grants;
        this.requests = requests;
        this.bankDetails = bankDetails;
        this.idempotency = idempotency;
        this.user = user;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Grants the caller may see: their organisations' for beneficiaries, all for regional staff")
    public Views.Page<Views.GrantSummary> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "0 au moins (la première page est 0)") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "1 au moins")
            @Max(value = 100, message = "100 au plus") int size) {
        return Views.Page.of(grants.visible(page, size).map(Views.GrantSummary::of));
    }

    @GET
    @Path("/{grantId}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A grant: award, rules, schedule and payments, bank details, recovery order")
    public Views.GrantView grant(@PathParam("grantId") UUID grantId) {
        return Views.GrantView.of(grants.file(grantId), seesFullIban());
    }

    public record StatementLineBody(
            @NotNull(message = "indiquez la catégorie de dépense") ExpenseCategory category,
            @NotBlank(message = "décrivez la dépense") @Size(max = 300) String label,
            @NotNull(message = "indiquez le montant réalisé") @DecimalMin(value = "0.00", message = "le montant ne peut pas être négatif")
            @Digits(integer = 10, fraction = 2, message = "un montant en euros, au centime près") BigDecimal realisedAmount,
            @NotEmpty(message = "joignez au moins un justificatif (référence de la facture, de la fiche de paie…)")
            List<@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\n\\r]*", message = "une référence par élément, sur une ligne") String> supportingDocuments) {
    }

    public record PaymentRequestBody(
            @NotNull(message = "indiquez le versement demandé : ADVANCE (avance), INSTALMENT (acompte) ou BALANCE (solde)")
            PaymentKind kind,
            @Size(max = 200, message = "200 lignes au plus") List<@NotNull @Valid StatementLineBody> lines) {
    }

    @POST
    @Path("/{grantId}/payment-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Request the advance, an instalment or the balance (with the expense statement); "
            + "requires an Idempotency-Key header")
    @APIResponseSchema(value = Views.PaymentView.class, responseCode = "201",
            responseDescription = "La demande de versement, enregistrée (ou la même réponse pour une clé d'idempotence déjà vue)")
    public Response requestPayment(@PathParam("grantId") UUID grantId,
            @Parameter(required = true, description = IdempotentCommands.DESCRIPTION) @HeaderParam(IdempotentCommands.HEADER) String key,
            @NotNull(message = NOT_EMPTY) @Valid PaymentRequestBody body, @Context UriInfo uri) {
        IdempotentCommands.Answer answer = idempotency.run(key, "payment-request " + grantId, body, 201,
                () -> Views.PaymentView.of(requests.request(grantId, body.kind(), body.lines() == null ? List.of()
                        : body.lines().stream().map(l -> new PaymentRequestService.StatementLine(l.category(),
                        l.label(), l.realisedAmount(), l.supportingDocuments())).toList()), false));
        return Answers.created(answer, uri.getBaseUriBuilder().path("api/v1/payments"), mapper);
    }

    public record BankDetailsBody(
            @NotBlank(message = "indiquez le titulaire du compte, tel qu'il figure sur le RIB") @Size(max = 140) String holderName,
            @NotBlank(message = "indiquez l'IBAN") @Size(max = 42) String iban,
            @NotBlank(message = "indiquez le BIC") @Size(max = 14) String bic,
            @NotBlank(message = "indiquez la rue de l'adresse du titulaire") @Size(max = 70) String streetName,
            @Size(max = 16) String buildingNumber,
            @NotBlank(message = "indiquez le code postal") @Size(max = 16) String postCode,
            @NotBlank(message = "indiquez la commune") @Size(max = 35) String townName,
            @Pattern(regexp = "[A-Z]{2}", message = "code pays ISO en 2 lettres majuscules, par exemple FR") String country) {
    }

    @POST
    @Path("/{grantId}/bank-details")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.FINANCE})
    @Operation(summary = "Enter new bank details; they are used once another finance officer has validated them")
    @APIResponseSchema(value = Views.BankAccountView.class, responseCode = "201",
            responseDescription = "Les coordonnées bancaires saisies, en attente de validation")
    public Response proposeBankDetails(@PathParam("grantId") UUID grantId,
            @NotNull(message = NOT_EMPTY) @Valid BankDetailsBody body, @Context UriInfo uri) {
        var account = bankDetails.propose(grantId, new BankDetailsService.Details(body.holderName(), body.iban(),
                body.bic(), body.streetName(), body.buildingNumber(), body.postCode(), body.townName(), body.country()));
        return Response.created(uri.getAbsolutePathBuilder().path(account.id.toString()).build())
                .entity(Views.BankAccountView.of(account, true)).build();
    }

    @POST
    @Path("/{grantId}/bank-details/{accountId}/validation")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Validate bank details entered by someone else (four eyes)")
    public Views.BankAccountView validateBankDetails(@PathParam("grantId") UUID grantId,
            @PathParam("accountId") UUID accountId) {
        return Views.BankAccountView.of(bankDetails.validate(grantId, accountId), true);
    }

    public record Reason(@NotBlank(message = "indiquez le motif") @Size(max = 1000) String reason) {
    }

    @POST
    @Path("/{grantId}/bank-details/{accountId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Reject bank details entered by someone else, with the reason")
    public Views.BankAccountView rejectBankDetails(@PathParam("grantId") UUID grantId,
            @PathParam("accountId") UUID accountId, @NotNull(message = NOT_EMPTY) @Valid Reason body) {
        return Views.BankAccountView.of(bankDetails.reject(grantId, accountId, body.reason()), true);
    }

    private boolean seesFullIban() {
        return user.is(Roles.FINANCE) || user.is(Roles.ADMIN);
    }
}
