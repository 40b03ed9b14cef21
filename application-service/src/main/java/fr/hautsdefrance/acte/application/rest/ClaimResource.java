package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.organisation.ClaimPiece;
import fr.hautsdefrance.acte.application.domain.organisation.ClaimStatus;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationClaim;
import fr.hautsdefrance.acte.application.service.ClaimService;
import fr.hautsdefrance.acte.application.service.DocumentService;
import fr.hautsdefrance.acte.application.service.Texts;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import fr.hautsdefrance.acte.web.validation.Siren;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Claims on an organisation's SIREN: the claimant's side (the claim made by registering, the piece
 * proving their authority) and the officers' (verification, rejection, disputes).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation claims")
public class ClaimResource {

    private static final String NOT_EMPTY = "le corps de la requête est vide";

    private final ClaimService claims;
    private final Texts texts;

    @Inject
    public ClaimResource(ClaimService claims, Texts texts) {
        this.claims = claims;
        this.texts = texts;
    }

    public record PieceView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256,
            OffsetDateTime uploadedAt) {

        static PieceView of(ClaimPiece p) {
            return new PieceView(p.id, p.fileName, p.mediaType, p.sizeBytes, p.sha256, p.uploadedAt);
        }
    }

    public record ClaimView(UUID id, UUID organisationId, String organisationName, String siren, String siret,
            String rna, String legalForm, String applicantType, String claimantName, String claimantEmail,
            ClaimStatus status, String statusLabel, boolean disputed, OffsetDateTime submittedAt,
            OffsetDateTime decidedAt, String reason, List<PieceView> pieces) {

        static ClaimView of(ClaimService.ClaimFile file, Texts texts) {
            OrganisationClaim c = file.claim();
            return new ClaimView(c.id, c.organisationId, file.organisation().name(), c.siren, file.organisation().siret(),
                    file.organisation().rna(), file.organisation().legalForm().name(),
                    file.organisation().applicantType().name(), c.claimantName, c.claimantEmail, c.status(),
                    texts.claimStatus(c.status()), file.disputed(), c.submittedAt, c.decidedAt(), c.reason(),
                    file.pieces().stream().map(PieceView::of).toList());
        }
    }

    public record DisputeView(String siren, List<ClaimView> claims) {

        static DisputeView of(ClaimService.Dispute dispute, Texts texts) {
            return new DisputeView(dispute.siren(), dispute.claims().stream().map(c -> ClaimView.of(c, texts)).toList());
        }
    }

    public record Rejection(@NotBlank(message = "indiquez le motif du rejet") @Size(max = 2000) String reason) {
    }

    public record Resolution(@NotNull(message = "indiquez la demande retenue") UUID claimId,
            @NotBlank(message = "indiquez le motif de la décision") @Size(max = 2000) String reason) {
    }

    @GET
    @Path("/organisations/{id}/claim")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "The claim made by registering my organisation, and where it stands")
    public ClaimView myClaim(@PathParam("id") UUID organisationId) {
        return ClaimView.of(claims.ofMyOrganisation(organisationId), texts);
    }

    @POST
    @Path("/organisations/{id}/claim/pieces")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Join the piece proving my authority (statutes, Kbis or RNA extract, mandate)")
    @APIResponseSchema(value = PieceView.class, responseCode = "201", responseDescription = "La pièce jointe à la revendication")
    public Response joinPiece(@PathParam("id") UUID organisationId, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalidField("file", "Choisissez le fichier à joindre.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(PieceView.of(claims.joinPiece(organisationId, file.fileName(), Uploads.read(file)))).build();
    }

    @GET
    @Path("/organisation-claims")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The claims waiting for verification, oldest first")
    public List<ClaimView> pending() {
        return claims.pending().stream().map(c -> ClaimView.of(c, texts)).toList();
    }

    @GET
    @Path("/organisation-claims/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "A claim, its organisation and its pieces")
    public ClaimView claim(@PathParam("id") UUID id) {
        return ClaimView.of(claims.claim(id), texts);
    }

    public record TrailLine(int sequence, OffsetDateTime at, String action, String actor, String after) {
    }

    @GET
    @Path("/organisation-claims/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The audit trail of the claim's organisation: claims, pieces, decisions, refused attempts")
    public List<TrailLine> history(@PathParam("id") UUID id) {
        return claims.history(id).stream().map(e -> new TrailLine(e.sequence, e.at, e.action, e.actor, e.afterState))
                .toList();
    }

    @GET
    @Path("/organisation-claims/{id}/pieces/{pieceId}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a piece joined to a claim")
    public Response piece(@PathParam("id") UUID id, @PathParam("pieceId") UUID pieceId) {
        ClaimPiece piece = claims.piece(id, pieceId);
        return Attachments.of(piece.content, piece.mediaType, piece.fileName);
    }

    @POST
    @Path("/organisation-claims/{id}/verification")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Verify the claim: its organisation may deposit files (officers)")
    public ClaimView verify(@PathParam("id") UUID id) {
        return ClaimView.of(claims.verify(id), texts);
    }

    @POST
    @Path("/organisation-claims/{id}/rejection")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the claim, with the reason the claimant is told (officers)")
    public ClaimView reject(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Rejection body) {
        return ClaimView.of(claims.reject(id, body.reason()), texts);
    }

    @GET
    @Path("/siren-disputes")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The SIRENs claimed by more than one organisation, waiting for an officer")
    public List<DisputeView> disputes() {
        return claims.disputes().stream().map(d -> DisputeView.of(d, texts)).toList();
    }

    @GET
    @Path("/siren-disputes/{siren}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The claims on one SIREN")
    public DisputeView dispute(@PathParam("siren") @Siren String siren) {
        return DisputeView.of(claims.dispute(siren), texts);
    }

    @POST
    @Path("/siren-disputes/{siren}/resolution")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle a dispute: the chosen claim's organisation gets the SIREN, the others are rejected")
    public DisputeView resolve(@PathParam("siren") @Siren String siren,
            @NotNull(message = NOT_EMPTY) @Valid Resolution body) {
        return DisputeView.of(claims.resolve(siren, body.claimId(), body.reason()), texts);
    }
}
