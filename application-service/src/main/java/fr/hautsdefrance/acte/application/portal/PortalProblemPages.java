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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal met on the portal (page not found, access refused, a conflict, an unexpected error) is shown
 * inside the portal's layout, in French, with a way back; the API's addresses keep their problem documents.
 */
@ApplicationScoped
@Unremovable
public class PortalProblemPages implements ProblemPages {

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance problem(Problem problem, String fileLink);
    }

    private static final Pattern FILE_PAGE = Pattern.compile("/espace/dossiers/([0-9a-fA-F-]{36})(/.*)?");

    @Inject
    CurrentVertxRequest request;

    @Override
    public Optional<String> render(Problem problem) {
        String path = request.getCurrent() == null ? "/api/" : request.getCurrent().normalizedPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return Optional.empty();
        }
        return Optional.of(Templates.problem(problem, fileLink(path, problem.status())).render());
    }

    /**
     * The applicant's file a refusal met on one of its pages leads back to ({@code null} elsewhere, and when the
     * file itself was not found or refused): a deposit refused for the moment goes back to the deposit step.
     */
    static String fileLink(String path, int status) {
        Matcher file = FILE_PAGE.matcher(path);
        if (!file.matches() || status == 403 || status == 404) {
            return null;
        }
        String base = "/espace/dossiers/" + file.group(1);
        return "/depot".equals(file.group(2)) ? base + "/etapes/depot" : base;
    }
}
