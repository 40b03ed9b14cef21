package fr.hautsdefrance.acte.web.input;

import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.problem.ProblemMappers;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same rules as {@link SafeInputModule} for what does not come as JSON: path and query
 * parameters and the fields of HTML forms (the portal's, and multipart uploads with their file
 * names). A control character is refused with a 400 naming the parameter, before any resource reads it.
 */
public class SafeParameters {

    private record Refused(String name, String problem) {
    }

    @ServerRequestFilter
    @WithFormRead
    public Response refuseControlCharacters(ResteasyReactiveContainerRequestContext request, UriInfo uri,
            HttpHeaders headers) {
        return firstRefused(uri.getPathParameters())
                .or(() -> firstRefused(uri.getQueryParameters()))
                .or(() -> firstRefused(((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData()))
                .map(refused -> ProblemMappers.respond(ProblemException.invalidField(refused.name(),
                        "Cette valeur " + refused.problem()), uri, headers))
                .orElse(null);
    }

    private static Optional<Refused> firstRefused(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = Text.problemWith(value);
                if (problem != null) {
                    return Optional.of(new Refused(parameter.getKey(), problem));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refused> firstRefused(FormData form) {
        if (form == null) {
            return Optional.empty();
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                String problem = Text.problemWith(value.isFileItem() ? value.getFileName() : value.getValue());
                if (problem != null) {
                    return Optional.of(new Refused(name, problem));
                }
            }
        }
        return Optional.empty();
    }
}
