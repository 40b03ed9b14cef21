package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.Notice;
import fr.hautsdefrance.acte.application.service.Notices;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The signed-in person's notices (applicants and the Region's staff alike), kept by notification-service. */
@Path("/mes-notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
@PortalCsrf.Protected
public class NoticePages {

    private final Notices notices;

    @Inject
    public NoticePages(Notices notices) {
        this.notices = notices;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance notices(List<Notice> notices, String unavailable, String notice,
                List<Problem.FieldError> errors);
    }

    @GET
    public TemplateInstance list(@QueryParam("avis") String notice) {
        return page("lue".equals(notice) ? "La notification est marquée comme lue." : null, List.of());
    }

    @POST
    @Path("/{id}/lecture")
    public Object markRead(@PathParam("id") UUID id) {
        try {
            notices.markRead(id);
        } catch (ProblemException e) {
            return page(null, List.of(new Problem.FieldError("notice-" + id, e.getMessage())));
        }
        return Response.seeOther(URI.create("/mes-notifications?avis=lue")).build();
    }

    private TemplateInstance page(String notice, List<Problem.FieldError> errors) {
        try {
            return Templates.notices(notices.mine(), null, notice, errors);
        } catch (ProblemException e) {
            return Templates.notices(List.of(), e.getMessage(), notice, errors);
        }
    }
}
