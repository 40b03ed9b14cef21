package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.service.ClaimService;
import fr.hautsdefrance.acte.application.service.DocumentService;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/** The verification of one of my organisations: where it stands, and the pieces proving my authority. */
@Path("/espace/structures/{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}/verification")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
@PortalCsrf.Protected
public class ClaimPieceForms {

    private final ClaimService claims;
    private final ClaimStatusView statuses;

    @Inject
    public ClaimPieceForms(ClaimService claims, ClaimStatusView statuses) {
        this.claims = claims;
        this.statuses = statuses;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance organisationVerification(ClaimService.ClaimFile file,
                ClaimStatusView.Status status, String notice, List<Problem.FieldError> errors);
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("avis") String notice) {
        return view(id, "piece".equals(notice) ? "La pièce est jointe à votre demande." : null, List.of());
    }

    @POST
    @Path("/pieces")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return Response.status(Response.Status.BAD_REQUEST).entity(view(id, null,
                    List.of(new Problem.FieldError("file", "Choisissez le fichier à joindre.")))).build();
        }
        if (file.size() > DocumentService.MAX_SIZE) {
            return Response.status(Response.Status.BAD_REQUEST).entity(view(id, null, List.of(new Problem.FieldError(
                    "file", "Le fichier dépasse 10 Mo : réduisez-le avant de le joindre.")))).build();
        }
        try {
            claims.joinPiece(id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(view(id, null,
                    List.of(new Problem.FieldError("file", e.getMessage())))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.seeOther(URI.create("/espace/structures/" + id + "/verification?avis=piece")).build();
    }

    private TemplateInstance view(UUID id, String notice, List<Problem.FieldError> errors) {
        return Templates.organisationVerification(claims.ofMyOrganisation(id), statuses.of(id), notice, errors);
    }
}
