package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.organisation.MemberRole;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.OrganisationService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import fr.hautsdefrance.acte.web.validation.FrenchIdentifiers;
import fr.hautsdefrance.acte.web.validation.Siren;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    private static final String NOT_EMPTY = "le corps de la requête est vide";

    private final OrganisationService organisations;

    @Inject
    public OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    public record Registration(
            @Size(max = 200, message = "200 caractères au plus") String name,
            @NotNull(message = "indiquez le type de porteur") ApplicantType applicantType,
            @NotNull(message = "indiquez la forme juridique") LegalForm legalForm,
            @NotNull(message = "indiquez le numéro SIREN") @Siren String siren,
            @Pattern(regexp = "[0-9]{14}", message = "le SIRET compte 14 chiffres") String siret,
            @Pattern(regexp = "W[0-9]{9}", message = "le numéro RNA s'écrit W suivi de 9 chiffres") String rna,
            @Size(max = 300) String addressLine,
            @Pattern(regexp = "[0-9]{5}", message = "code postal à 5 chiffres") String postcode,
            @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "code INSEE de commune attendu") String communeCode,
            @Size(max = 50) List<@NotNull @Siren String> memberSirens) {
    }

    public record MemberView(String subject, String displayName, String email, MemberRole role,
            OffsetDateTime joinedAt) {
    }

    public record OrganisationView(UUID id, String name, ApplicantType applicantType, LegalForm legalForm, String siren,
            String siret, String rna, String addressLine, String postcode, String communeCode, String epciSiren,
            List<String> memberSirens, List<MemberView> members, boolean verified, OffsetDateTime verifiedAt,
            long version) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.name, o.applicantType, o.legalForm, o.siren, o.siret, o.rna,
                    o.addressLine, o.postcode, o.communeCode, o.epciSiren, List.copyOf(o.memberSirens),
                    o.members().stream().map(m -> new MemberView(m.subject, m.displayName, m.email, m.role, m.joinedAt))
                            .toList(), o.isVerified(), o.verifiedAt(), o.version);
        }
    }

    @POST
    @Path("/organisations")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register my organisation: I become its owner, and my claim on its SIREN waits for an officer's verification")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "201",
            responseDescription = "La structure enregistrée ; Location donne son adresse")
    public Response register(@NotNull(message = NOT_EMPTY) @Valid Registration body, @Context UriInfo uri) {
        if (body.siret() != null && (!FrenchIdentifiers.isValidSiret(body.siret()) || !body.siret().startsWith(body.siren()))) {
            throw ProblemException.invalidField("siret", "Ce SIRET n'est pas valide ou n'appartient pas au SIREN "
                    + body.siren() + " : vérifiez-le sur l'avis de situation SIRENE.");
        }
        if (body.legalForm() == LegalForm.ASSOCIATION && body.rna() == null) {
            throw ProblemException.invalidField("rna", "Indiquez le numéro RNA de l'association (W suivi de 9 chiffres).");
        }
        Organisation organisation = organisations.register(body.name(), body.applicantType(), body.legalForm(),
                body.siren(), o -> {
                    o.siret = body.siret();
                    o.rna = body.rna();
                    o.addressLine = body.addressLine();
                    o.postcode = body.postcode();
                    o.communeCode = body.communeCode();
                    if (body.memberSirens() != null) {
                        o.memberSirens.addAll(body.memberSirens());
                    }
                });
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id.toString()).build())
                .entity(OrganisationView.of(organisation)).build();
    }

    @GET
    @Path("/organisations")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "The organisations I belong to")
    public List<OrganisationView> mine() {
        return organisations.mine().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("/organisations/{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "An organisation and its members")
    public OrganisationView get(@PathParam("id") UUID id) {
        return OrganisationView.of(organisations.get(id));
    }

    public record InvitationRequest(@NotBlank(message = "indiquez l'adresse e-mail") @Email(message = "adresse e-mail invalide")
            @Size(max = 320) String email) {
    }

    public record InvitationView(UUID id, String email, String code, OffsetDateTime expiresAt) {
    }

    @POST
    @Path("/organisations/{id}/invitations")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone to join (owners only); the code is shown once")
    @APIResponseSchema(value = InvitationView.class, responseCode = "201",
            responseDescription = "L'invitation, avec son code (montré cette seule fois)")
    public Response invite(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid InvitationRequest body) {
        OrganisationService.IssuedInvitation issued = organisations.invite(id, body.email());
        return Response.status(Response.Status.CREATED).entity(new InvitationView(issued.invitation().id,
                issued.invitation().email, issued.code(), issued.invitation().expiresAt)).build();
    }

    @POST
    @Path("/invitations/{code}/acceptance")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Join an organisation with the code received at the invited address")
    public OrganisationView accept(@PathParam("code") String code) {
        return OrganisationView.of(organisations.accept(code));
    }

    @DELETE
    @Path("/organisations/{id}/members/{subject}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Remove a member (owners), or leave the organisation")
    public OrganisationView remove(@PathParam("id") UUID id, @PathParam("subject") String subject) {
        return OrganisationView.of(organisations.removeMember(id, subject));
    }
}
