package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.service.ApplicationService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    private final ApplicationService applications;
    private final CurrentUser user;

    @Inject
    public ApplicationResource(ApplicationService applications, CurrentUser user) {
        this.applications = applications;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a draft application")
    public Response create(@NotNull(message = "le corps de la requête est vide") @Valid ApplicationDraftRequest request,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        Application draft = applications.createDraft(user.subject(), request::applyTo);
        return Response.created(uri.getAbsolutePathBuilder().path(draft.id.toString()).build())
                .entity(ApplicationView.of(draft)).build();
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "List files: an applicant's own, or all of them for regional staff")
    public List<ApplicationView> list() {
        List<Application> visible = user.isRegionalStaff() ? applications.listAll()
                : applications.listOwnedBy(user.subject());
        return visible.stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Read a file")
    public ApplicationView get(@PathParam("id") UUID id) {
        return ApplicationView.of(visible(id));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Submit a complete draft (dépôt du dossier)")
    public ApplicationView submit(@PathParam("id") UUID id) {
        return ApplicationView.of(applications.submit(visible(id), user.subject()));
    }

    /** Another organisation's file is answered exactly like a file that does not exist. */
    private Application visible(UUID id) {
        return applications.find(id)
                .filter(a -> user.isRegionalStaff() || a.isOwnedBy(user.subject()))
                .orElseThrow(() -> ProblemException.notFound("Aucun dossier " + id + " accessible avec votre compte."));
    }
}
