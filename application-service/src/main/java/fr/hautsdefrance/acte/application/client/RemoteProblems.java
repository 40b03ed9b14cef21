package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.ws.rs.WebApplicationException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What another ACTE service answered, as a {@link ProblemException} this service can show: its
 * refusals (4xx) keep their French detail and field errors; a failure on its side, an answer that
 * cannot be read or no answer at all become "unavailable", never the other service's internals.
 */
final class RemoteProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RemoteProblems() {
    }

    /** The refusal of {@code service}, from its status and problem document. */
    static ProblemException refusal(int status, String body, String service) {
        if (status >= 500) {
            return unavailable(service);
        }
        if (status == 401) {
            return new ProblemException(401, "session-expired", "Session expirée", "Votre session a expiré : "
                    + "reconnectez-vous puis recommencez.", List.of());
        }
        JsonNode problem = read(body);
        String detail = problem.path("detail").asText("");
        List<Problem.FieldError> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(new Problem.FieldError(error.path("field").asText(""),
                capitalised(error.path("message").asText("")))));
        if (detail.isBlank()) {
            detail = status == 403 ? "Votre compte ne permet pas cette action." : status == 404
                    ? "Introuvable, ou hors de portée de votre compte." : "La demande n'a pas été acceptée.";
        }
        String type = problem.path("type").asText("");
        String slug = type.contains("/") ? type.substring(type.lastIndexOf('/') + 1) : "refused";
        return new ProblemException(status, slug.isBlank() ? "refused" : slug,
                problem.path("title").asText("Demande refusée"), capitalised(detail), errors);
    }

    static ProblemException refusal(WebApplicationException e, String service) {
        String body;
        try {
            body = e.getResponse().hasEntity() ? e.getResponse().readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            body = "";
        }
        return refusal(e.getResponse().getStatus(), body, service);
    }

    /** {@code service} (in words: "des versements") did not answer, or not in time, or failed. */
    static ProblemException unavailable(String service) {
        return new ProblemException(503, "service-unavailable", "Service momentanément indisponible",
                "Le service " + service + " ne répond pas pour le moment : réessayez dans quelques minutes.", List.of());
    }

    /** payment-service's bean-validation messages start in lower case ("indiquez l'IBAN"): a sentence on a page does not. */
    static String capitalised(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        return message.substring(0, 1).toUpperCase(Locale.FRENCH) + message.substring(1);
    }

    private static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
