package fr.hautsdefrance.acte.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.vertx.core.http.HttpClosedException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerHttpRequest;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Turns every failure into a problem document: never a stack trace, never an empty error. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e, uri, headers);
    }

    /** For a service's own mappers: its domain refusal, translated into a {@link ProblemException}. */
    public static Response respond(ProblemException e, UriInfo uri) {
        return respond(e, uri, null);
    }

    /** The same, as a web page when a browser asks for HTML. */
    public static Response respond(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.toProblem(path(uri)), headers);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = fieldErrors(e);
        String detail = errors.size() == 1 ? errors.get(0).field() + " : " + errors.get(0).message()
                : errors.size() + " champs sont à corriger.";
        return respond(new Problem(Problem.TYPE_BASE + "validation", "Données invalides", 400, detail, path(uri),
                errors), headers);
    }

    /**
     * The failing fields of a validation, named as the request names them: the one reading of a
     * violation, for the API's problem document and for a page that shows the errors next to its fields.
     */
    public static List<Problem.FieldError> fieldErrors(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        // A body cut short fails while binding a field, but the field is not what the person must fix.
        boolean truncated = String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        String field = e instanceof JsonMappingException mapping && !truncated ? JsonPaths.of(mapping.getPath()) : "";
        String message;
        if (truncated) {
            message = "le corps de la requête n'est pas un JSON valide : il s'arrête avant la fin.";
        } else if (e instanceof fr.hautsdefrance.acte.web.input.RejectedInputException rejected) {
            message = rejected.getOriginalMessage();
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            message = "champ inconnu « " + unknown.getPropertyName() + " » : retirez-le ou vérifiez son orthographe.";
        } else if (e instanceof InvalidFormatException format) {
            message = "la valeur « " + format.getValue() + " » n'est pas acceptée"
                    + JsonPaths.allowedValues(format.getTargetType()) + ".";
        } else if (e instanceof JsonMappingException) {
            message = "valeur absente ou de mauvais type.";
        } else {
            message = "le corps de la requête n'est pas un JSON valide (ligne "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ").";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        return respond(new Problem(Problem.TYPE_BASE + "unreadable-request", "Requête illisible", 400,
                field.isEmpty() ? message : field + " : " + message, path(uri), errors), headers);
    }

    /** Declared apart: Quarkus ships its own mapper for this subtype, which would answer in plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadable(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.TYPE_BASE + "concurrent-change", "Modification concurrente", 409,
                "Quelqu'un d'autre vient de modifier ce dossier : rechargez-le puis recommencez.", path(uri), List.of()), headers);
    }

    /**
     * A role check refused the call (@RolesAllowed). Said in French, and for the Region's staff who
     * reach the applicants' side: they do not apply (their identity has no applicant role).
     */
    @ServerExceptionMapper
    public Response roleRefused(io.quarkus.security.ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Accès refusé", 403, "Votre compte ne permet pas "
                + "cette action. Les demandes de subvention sont déposées et suivies par les porteurs de projet ; "
                + "les agents de la Région (instruction, commission, finances, administration) n'en déposent pas et "
                + "n'agissent pas à la place d'une structure.", path(uri), List.of()), headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        // A body Jackson could not parse reaches here wrapped: say what is wrong with it, not just "400".
        if (status == 400 && e.getCause() instanceof JsonProcessingException unparsed) {
            return unreadable(unparsed, uri, headers);
        }
        // A query value its parameter's type cannot take (a date, a number, an identifier, a code): JAX-RS
        // answers 404 as if the address did not exist; it is bad input, said with its field.
        if (status == 404 && e.getCause() != null && uri != null) {
            Optional<Problem.FieldError> error = unconvertibleQueryValue(e.getCause(), uri.getQueryParameters());
            if (error.isPresent()) {
                return respond(new Problem(Problem.TYPE_BASE + "validation", "Données invalides", 400,
                        error.get().field() + " : " + error.get().message(), path(uri), List.of(error.get())), headers);
            }
        }
        return respond(new Problem("about:blank", HttpDetails.title(status), status, HttpDetails.of(status), path(uri),
                List.of()), headers);
    }

    /**
     * The query parameter whose value the conversion refused, found by its value in the refusal's messages
     * (the converters name the value, not the parameter), with what is expected of it; none when the value
     * was not a query parameter's (a path's: that address does not exist).
     */
    static Optional<Problem.FieldError> unconvertibleQueryValue(Throwable refusal,
            jakarta.ws.rs.core.MultivaluedMap<String, String> query) {
        StringBuilder messages = new StringBuilder();
        Throwable expected = refusal;
        for (Throwable cause = refusal; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            messages.append(' ').append(cause.getMessage());
            expected = cause;
        }
        String said = messages.toString();
        String field = null;
        String value = "";
        for (var parameter : query.entrySet()) {
            for (String candidate : parameter.getValue()) {
                if (!candidate.isEmpty() && candidate.length() > value.length() && said.contains(candidate)) {
                    field = parameter.getKey();
                    value = candidate;
                }
            }
        }
        if (field == null) {
            return Optional.empty();
        }
        String what = expected instanceof java.time.DateTimeException
                ? "une date au format AAAA-MM-JJ est attendue (par exemple 2027-01-15)"
                : expected instanceof NumberFormatException ? "un nombre écrit en chiffres est attendu"
                : said.contains("UUID") ? "un identifiant est attendu (par exemple 3f2b6c1e-8d4a-4c55-9a0e-2b7d1f6e9c10)"
                : "une des valeurs décrites dans la documentation de l'API est attendue (/q/swagger-ui)";
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return Optional.of(new Problem.FieldError(field, "« " + shown + " » ne convient pas : " + what + "."));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers, ServerRequestContext request) {
        if (clientGone(e, request)) {
            // Nobody is left to read an answer and nothing here needs repairing: no incident, and no ERROR to
            // wake an operator. DEBUG, not INFO: clients leave every day (a closed tab, a cut network, a load
            // generator stopping), a line for each would only drown the lines that call for action.
            LOG.debugf("Client gone before the end of its request to %s (%s)", path(uri), e);
            return respond(new Problem(Problem.TYPE_BASE + "incomplete-request", "Requête interrompue", 400,
                    "La requête s'est interrompue avant la fin de son envoi : envoyez-la de nouveau.", path(uri),
                    List.of()), headers);
        }
        return unexpected(e, uri, headers);
    }

    /** For a service's own mappers: a failure nobody expected, logged with the incident its answer names. */
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Erreur interne", 500,
                "Une erreur inattendue s'est produite. Réessayez ; si elle persiste, communiquez la référence d'incident "
                        + incident + " au support.",
                path(uri), List.of()), headers);
    }

    /**
     * The client closed its connection while its body was still being read (a form or an upload cut off,
     * a load generator leaving): a body was announced and never arrived in full, and the failure is the
     * transport's, found in the cause chain (RESTEasy Reactive wraps it in IOExceptions): Vert.x's
     * {@link HttpClosedException} when the connection closes during the read, {@link ClosedChannelException}
     * when it was closed before the read began, {@link SocketException} when the client reset it. Both
     * conditions: the same types come from a call to another service failing, which is an incident. Not the
     * connection's state: Vert.x marks it closed a moment after the reset has reached the reader.
     */
    private static boolean clientGone(Throwable failure, ServerRequestContext request) {
        if (!(request instanceof ResteasyReactiveRequestContext context) || !bodyCutShort(context.serverRequest())) {
            return false;
        }
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 32; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException
                    || cause instanceof SocketException) {
                return true;
            }
        }
        return false;
    }

    /** A request without a body may not be marked ended yet when it fails: only an announced body counts. */
    private static boolean bodyCutShort(ServerHttpRequest request) {
        String length = request.getRequestHeader(HttpHeaders.CONTENT_LENGTH);
        boolean announced = length != null && !length.strip().equals("0")
                || request.containsRequestHeader("Transfer-Encoding");
        return announced && !request.isRequestEnded();
    }

    /** A problem document; a web page saying the same when a browser asks for HTML. */
    static Response respond(Problem problem, HttpHeaders headers) {
        if (headers != null && wantsHtml(headers)) {
            return Response.status(problem.status()).type("text/html; charset=UTF-8").entity(pageOf(problem)).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The service's own page when it has one; the plain page otherwise, and when its own cannot be drawn. */
    private static String pageOf(Problem problem) {
        InjectableInstance<ProblemPages> pages = Arc.container() == null ? null
                : Arc.container().select(ProblemPages.class);
        if (pages != null && pages.isResolvable()) {
            try {
                Optional<String> page = pages.get().render(problem);
                if (page.isPresent()) {
                    return page.get();
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Problem page %s not drawn in the service's layout, plain page sent", problem.status());
            }
        }
        return ProblemPage.of(problem);
    }

    private static boolean wantsHtml(HttpHeaders headers) {
        for (jakarta.ws.rs.core.MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * {@code create.request.expenses[2].amount} → {@code expenses[2].amount}; a constrained query or
     * path parameter is named by itself ({@code q}). Method and body-parameter names mean nothing to a caller.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.length() == 0) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }
}
