package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemPages;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * A refusal met on the portal (page not found, access refused, a conflict, an unexpected error) is shown
 * inside the portal's layout, in French, with a way back; the API's addresses keep their problem documents.
 */
@ApplicationScoped
@Unremovable
public class PortalProblemPages implements ProblemPages {

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance problem(Problem problem);
    }

    @Inject
    CurrentVertxRequest request;

    @Override
    public Optional<String> render(Problem problem) {
        String path = request.getCurrent() == null ? "/api/" : request.getCurrent().normalizedPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        return Optional.of(Templates.problem(problem).render());
    }
}
