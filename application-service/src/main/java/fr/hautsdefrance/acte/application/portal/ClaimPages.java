package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.organisation.ClaimPiece;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationRuleException;
import fr.hautsdefrance.acte.application.domain.organisation.ProofOfAuthority;
import fr.hautsdefrance.acte.application.service.ClaimService;
import fr.hautsdefrance.acte.application.service.Refusals;
import fr.hautsdefrance.acte.web.Attachments;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The officers' pages for organisations: the claims to verify and the disputes between claimants of a
 * SIREN. Managers and administrators read them; officers decide.
 */
@Path("/instruction/structures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
@PortalCsrf.Protected
public class ClaimPages {

    private static final String MISSING_REASON = "Indiquez le motif de la décision : il est communiqué au demandeur "
            + "et conservé dans l'historique.";

    private final ClaimService claims;
    private final Refusals refusals;

    @Inject
    public ClaimPages(ClaimService claims, Refusals refusals) {
        this.claims = claims;
        this.refusals = refusals;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance claims(List<ClaimService.ClaimFile> pending, List<ClaimService.Dispute> disputes,
                String notice);

        static native TemplateInstance claim(ClaimService.ClaimFile file, String expectedPieces, String typedReason,
                List<Problem.FieldError> errors);

        static native TemplateInstance dispute(ClaimService.Dispute dispute, String typedReason,
                List<Problem.FieldError> errors);
    }

    @GET
    public TemplateInstance list(@QueryParam("avis") String notice) {
        return Templates.claims(claims.pending(), claims.disputes(), switch (notice == null ? "" : notice) {
            case "verifiee" -> "La structure est vérifiée : ses dossiers peuvent être déposés.";
            case "rejetee" -> "La demande est rejetée ; le demandeur en voit le motif.";
            case "litige" -> "Le litige est tranché ; les autres demandeurs en voient le motif.";
            default -> null;
        });
    }

    @GET
    @Path("/demandes/{claimId}")
    public TemplateInstance claim(@PathParam("claimId") UUID claimId) {
        return claimView(claimId, "", List.of());
    }

    @GET
    @Path("/demandes/{claimId}/pieces/{pieceId}")
    @Produces(MediaType.WILDCARD)
    public Response piece(@PathParam("claimId") UUID claimId, @PathParam("pieceId") UUID pieceId) {
        ClaimPiece piece = claims.piece(claimId, pieceId);
        return Attachments.of(piece.content, piece.mediaType, piece.fileName);
    }

    @POST
    @Path("/demandes/{claimId}/verification")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object verify(@PathParam("claimId") UUID claimId) {
        try {
            claims.verify(claimId);
        } catch (OrganisationRuleException | ProblemException e) {
            return refused(claimView(claimId, "", List.of(new Problem.FieldError("decision", refusals.message(e)))), e);
        }
        return Response.seeOther(URI.create("/instruction/structures?avis=verifiee")).build();
    }

    @POST
    @Path("/demandes/{claimId}/rejet")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reject(@PathParam("claimId") UUID claimId, @RestForm String reason) {
        String typed = reason == null ? "" : reason.strip();
        if (typed.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(claimView(claimId, typed,
                    List.of(new Problem.FieldError("reason", MISSING_REASON)))).build();
        }
        try {
            claims.reject(claimId, typed);
        } catch (OrganisationRuleException | ProblemException e) {
            return refused(claimView(claimId, typed, List.of(new Problem.FieldError("reason", e.getMessage()))), e);
        }
        return Response.seeOther(URI.create("/instruction/structures?avis=rejetee")).build();
    }

    @GET
    @Path("/litiges/{siren: [0-9]{9}}")
    public TemplateInstance dispute(@PathParam("siren") String siren) {
        return Templates.dispute(claims.dispute(siren), "", List.of());
    }

    @POST
    @Path("/litiges/{siren: [0-9]{9}}/decision")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object resolve(@PathParam("siren") String siren, @RestForm String claimId, @RestForm String reason) {
        String typed = reason == null ? "" : reason.strip();
        UUID winner = parse(claimId);
        List<Problem.FieldError> missing = new java.util.ArrayList<>();
        if (winner == null) {
            missing.add(new Problem.FieldError("claimId", "Choisissez la demande retenue."));
        }
        if (typed.isEmpty()) {
            missing.add(new Problem.FieldError("reason", MISSING_REASON));
        }
        if (!missing.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.dispute(claims.dispute(siren), typed,
                    missing)).build();
        }
        try {
            claims.resolve(siren, winner, typed);
        } catch (OrganisationRuleException | ProblemException e) {
            String field = e instanceof ProblemException p && !p.errors().isEmpty() ? p.errors().get(0).field()
                    : "claimId";
            return refused(Templates.dispute(claims.dispute(siren), typed,
                    List.of(new Problem.FieldError(field, e.getMessage()))), e);
        }
        return Response.seeOther(URI.create("/instruction/structures?avis=litige")).build();
    }

    private TemplateInstance claimView(UUID claimId, String typedReason, List<Problem.FieldError> errors) {
        ClaimService.ClaimFile file = claims.claim(claimId);
        return Templates.claim(file, ProofOfAuthority.expectedFor(file.organisation().legalForm()), typedReason, errors);
    }

    /** The page again with the refusal, under the refusal's own status (403 for a déport, 409 or 400 otherwise). */
    private static Response refused(TemplateInstance page, RuntimeException e) {
        int status = e instanceof ProblemException p ? p.status() : Response.Status.CONFLICT.getStatusCode();
        return Response.status(status).entity(page).build();
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
