package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationRuleException;
import fr.hautsdefrance.acte.application.service.OrganisationService;
import fr.hautsdefrance.acte.application.service.command.InviteMember;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
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
 * One of my organisations and its members: its owners invite people (the code is shown once, to be
 * passed on) and remove members. The id is a UUID, so {@code /espace/structures/nouvelle} stays the
 * registration form's.
 */
@Path("/espace/structures/{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
@PortalCsrf.Protected
public class OrganisationPages {

    private final OrganisationService organisations;
    private final CurrentUser user;

    @Inject
    public OrganisationPages(OrganisationService organisations, CurrentUser user) {
        this.organisations = organisations;
        this.user = user;
    }

    /** The invitation just issued, with its code: shown on this answer only. */
    public record Issued(String email, String code, java.time.OffsetDateTime expiresAt) {
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance organisation(Organisation organisation, boolean owner, String me, String notice,
                Issued issued, String typedEmail, List<Problem.FieldError> errors);
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("avis") String notice) {
        return view(id, "retire".equals(notice) ? "Le membre est retiré de la structure."
                : "rejoint".equals(notice) ? "Vous avez rejoint la structure." : null, null, "", List.of());
    }

    /** Not redirected: the code is in this page only, never in an address or a log. */
    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance invite(@PathParam("id") UUID id, @RestForm String email) {
        String typed = email == null ? "" : email.trim();
        try {
            OrganisationService.IssuedInvitation issued = organisations.invite(id, new InviteMember(typed));
            return view(id, null, new Issued(issued.invitation().email, issued.code(), issued.invitation().expiresAt),
                    "", List.of());
        } catch (ConstraintViolationException | ProblemException | OrganisationRuleException e) {
            return view(id, null, null, typed, FormErrors.of(e, "email"));
        }
    }

    @POST
    @Path("/membres/retrait")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object remove(@PathParam("id") UUID id, @RestForm String subject) {
        try {
            organisations.removeMember(id, subject == null ? "" : subject);
        } catch (ProblemException | OrganisationRuleException e) {
            return view(id, null, null, "", List.of(new Problem.FieldError("membres", e.getMessage())));
        }
        return Response.seeOther(URI.create("/espace/structures/" + id + "?avis=retire")).build();
    }

    private TemplateInstance view(UUID id, String notice, Issued issued, String typedEmail,
            List<Problem.FieldError> errors) {
        Organisation organisation = organisations.mineById(id);
        return Templates.organisation(organisation, organisation.isOwner(user.subject()), user.subject(), notice, issued,
                typedEmail, errors);
    }
}
