package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.service.ApplicationQueries;
import fr.hautsdefrance.acte.application.service.ApplicationService;
import fr.hautsdefrance.acte.application.service.EligibilityPreview;
import fr.hautsdefrance.acte.application.service.PdfDocuments;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
@Tag(name = "Applications")
public class ApplicationResource {

    private final ApplicationService applications;
    private final ApplicationQueries queries;
    private final PdfDocuments pdfs;
    private final CurrentUser user;

    @Inject
    public ApplicationResource(ApplicationService applications, ApplicationQueries queries, PdfDocuments pdfs,
            CurrentUser user) {
        this.applications = applications;
        this.queries = queries;
        this.pdfs = pdfs;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a draft for one of my organisations")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201",
            responseDescription = "Le brouillon créé ; Location donne son adresse")
    public Response create(@NotNull(message = "le corps de la requête est vide") ApplicationDraftRequest request,
            @Context UriInfo uri) {
        Application draft = applications.createDraft(request.organisationId(), request.callId(), request.content());
        return Response.created(uri.getAbsolutePathBuilder().path(draft.id().toString()).build()).entity(view(draft)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the draft (autosave); send back the version you read")
    public ApplicationView update(@PathParam("id") UUID id,
            @NotNull(message = "le corps de la requête est vide") ApplicationDraftRequest request) {
        return view(applications.updateDraft(id, request.version(), request.content()));
    }

    @GET
    @Operation(summary = "Files: regional staff's work queue with filters and counts, or my organisations' files")
    public PageView list(@QueryParam("status") ApplicationStatus status, @QueryParam("stage") Stage stage,
            @QueryParam("commune") String commune, @QueryParam("assignedOfficer") String assignedOfficer,
            @QueryParam("submittedFrom") LocalDate submittedFrom, @QueryParam("submittedTo") LocalDate submittedTo,
            @QueryParam("label") String label, @QueryParam("organisationId") UUID organisationId,
            @QueryParam("callId") UUID callId, @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "0 au moins") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "1 au moins")
            @Max(value = 100, message = "100 au plus") int size) {
        ApplicationQueries.QueuePage found = queries.queue(new ApplicationQueries.Filter(status, stage, commune,
                "me".equals(assignedOfficer) ? user.subject() : assignedOfficer, submittedFrom, submittedTo, label,
                organisationId, callId, text), page, size);
        boolean regionalStaff = user.isRegionalStaff();
        return new PageView(found.items().stream().map(row -> ApplicationRowView.of(row, regionalStaff)).toList(),
                found.total(), found.page(), found.size(), found.countsByStatus());
    }

    /** A page of rows; each file whole is {@code GET /api/v1/applications/{id}}. */
    public record PageView(List<ApplicationRowView> items, long total, int page, int size,
            Map<ApplicationStatus, Long> countsByStatus) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a file")
    public ApplicationView get(@PathParam("id") UUID id) {
        return view(applications.get(id));
    }

    @GET
    @Path("/{id}/eligibility")
    @Operation(summary = "The ACTE rules' live verdict on the file as it stands, every check explained")
    public EligibilityPreview eligibility(@PathParam("id") UUID id) {
        return applications.eligibilityOf(id);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Deposit the file (dépôt): refused, with every reason, while incomplete; a file the rules would refuse is deposited and receipted all the same, and assessed from its event")
    @APIResponse(responseCode = "200", description = "Le dossier déposé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "503", description = "Trop de dépôts en cours : le dossier reste en brouillon, "
            + "déposez-le de nouveau après le délai de Retry-After.",
            headers = @Header(name = "Retry-After", description = "Secondes à attendre avant de déposer de nouveau",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ApplicationView submit(@PathParam("id") UUID id) {
        return view(applications.submit(id));
    }

    @GET
    @Path("/{id}/receipt")
    @Produces("application/pdf")
    @Operation(summary = "The proof of deposit (accusé de réception), PDF")
    public Response receipt(@PathParam("id") UUID id) {
        return pdf(pdfs.receipt(id), "accuse-de-reception-" + applications.get(id).reference() + ".pdf");
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Withdraw the file before the decision")
    public ApplicationView withdraw(@PathParam("id") UUID id) {
        return view(applications.withdraw(id));
    }

    @POST
    @Path("/{id}/duplicate")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Start a new draft from this file's content")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201",
            responseDescription = "Le nouveau brouillon, copie du dossier ; Location donne son adresse")
    public Response duplicate(@PathParam("id") UUID id, @Context UriInfo uri) {
        Application copy = applications.duplicate(id);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/applications").path(copy.id().toString()).build())
                .entity(view(copy)).build();
    }

    @GET
    @Path("/{id}/award-letter")
    @Produces("application/pdf")
    @Operation(summary = "The award letter (notification d'attribution), PDF")
    public Response awardLetter(@PathParam("id") UUID id) {
        return pdf(pdfs.awardLetter(id), "notification-" + applications.get(id).reference() + ".pdf");
    }

    @GET
    @Path("/{id}/refusal-letter")
    @Produces("application/pdf")
    @Operation(summary = "The refusal letter (notification de refus), with its reasons and the appeal routes, PDF")
    public Response refusalLetter(@PathParam("id") UUID id) {
        return pdf(pdfs.refusalLetter(id), "refus-" + applications.get(id).reference() + ".pdf");
    }

    @GET
    @Path("/{id}/closure-letter")
    @Produces("application/pdf")
    @Operation(summary = "The letter closing the file as incomplete (classement sans suite), with the appeal routes, PDF")
    public Response closureLetter(@PathParam("id") UUID id) {
        return pdf(pdfs.closureLetter(id), "classement-" + applications.get(id).reference() + ".pdf");
    }

    @GET
    @Path("/{id}/agreement")
    @Produces("application/pdf")
    @Operation(summary = "The agreement (convention), PDF")
    public Response agreement(@PathParam("id") UUID id) {
        return pdf(pdfs.agreement(id), "convention-" + applications.get(id).reference() + ".pdf");
    }

    @POST
    @Path("/{id}/agreement/acceptance")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Accept the agreement on behalf of the beneficiary")
    public ApplicationView acceptAgreement(@PathParam("id") UUID id) {
        return view(applications.acceptAgreement(id));
    }

    private ApplicationView view(Application application) {
        return ApplicationView.of(application, user.isRegionalStaff());
    }

    static Response pdf(byte[] content, String fileName) {
        return Attachments.of(content, "application/pdf", fileName);
    }
}
