package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.organisation.MemberRole;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.OrganisationService;
import fr.hautsdefrance.acte.application.service.command.InviteMember;
import fr.hautsdefrance.acte.application.service.command.RegisterOrganisation;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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

    public record MemberView(String subject, String displayName, String email, MemberRole role,
            OffsetDateTime joinedAt) {
    }

    public record OrganisationView(UUID id, String name, ApplicantType applicantType, LegalForm legalForm, String siren,
            String siret, String rna, String addressLine, String postcode, String communeCode, String epciSiren,
            List<String> memberSirens, List<MemberView> members, boolean verified, OffsetDateTime verifiedAt,
            long version) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.applicantType(), o.legalForm(), o.siren(), o.siret(), o.rna(),
                    o.addressLine(), o.postcode(), o.communeCode(), o.epciSiren(), List.copyOf(o.memberSirens()),
                    o.members().stream().map(m -> new MemberView(m.subject, m.displayName, m.email, m.role, m.joinedAt))
                            .toList(), o.isVerified(), o.verifiedAt(), o.version());
        }
    }

    @POST
    @Path("/organisations")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register my organisation: I become its owner, and my claim on its SIREN waits for an officer's verification")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "201",
            responseDescription = "La structure enregistrée ; Location donne son adresse")
    public Response register(@NotNull(message = NOT_EMPTY) RegisterOrganisation body, @Context UriInfo uri) {
        Organisation organisation = organisations.register(body);
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id().toString()).build())
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

    public record InvitationView(UUID id, String email, String code, OffsetDateTime expiresAt) {
    }

    @POST
    @Path("/organisations/{id}/invitations")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone to join (owners only); the code is shown once")
    @APIResponseSchema(value = InvitationView.class, responseCode = "201",
            responseDescription = "L'invitation, avec son code (montré cette seule fois)")
    public Response invite(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) InviteMember body) {
        OrganisationService.IssuedInvitation issued = organisations.invite(id, body);
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
