package fr.hautsdefrance.acte.web.problem;

import java.util.List;

/**
 * A refusal the caller can act on, answered as a problem document. Services throw it (or a subclass)
 * when a request breaks a rule; the message is the problem's {@code detail}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** The problem document saying this refusal, for the request at {@code instance}. */
    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title(), status(), getMessage(), instance, errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Introuvable", what, List.of());
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Action impossible dans l'état actuel", detail, List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Données invalides", message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Accès refusé", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
