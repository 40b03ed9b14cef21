package fr.hautsdefrance.acte.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A request refused for want of a valid identity gets a problem document like every other refusal
 * (Quarkus answers these with an empty body). The challenge itself is left to the authentication
 * mechanism: its status and headers are kept (WWW-Authenticate for a bearer token, the redirect to the
 * sign-in page for the portal's session), only a 401 gains a body.
 */
@ApplicationScoped
public class SecurityRefusals {

    private final ObjectMapper json;

    public SecurityRefusals(ObjectMapper json) {
        this.json = json;
    }

    /** No identity where a role is required (no token): refused inside the REST layer. */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        return challenge(context);
    }

    /** A token refused (forged, expired) by a check made in the REST layer. */
    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext context) {
        return challenge(context);
    }

    /**
     * A token refused before the request reaches the REST layer (proactive authentication): the
     * mechanism has already set the status and the challenge; the body is all that is missing.
     */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException && !context.response().ended()
                    && context.response().getStatusCode() == 401) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(body(problem(context.normalizedPath())));
            } else {
                context.next();
            }
        });
    }

    private Uni<Response> challenge(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(plain401(context));
        }
        return authenticator.getChallenge(context).map(challenge -> answer(challenge, context))
                .onFailure().recoverWithItem(() -> plain401(context));
    }

    private static Response answer(ChallengeData challenge, RoutingContext context) {
        if (challenge == null) {
            return plain401(context);
        }
        Response.ResponseBuilder response = Response.status(challenge.status);
        if (challenge.getHeaders() != null) {
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        }
        if (challenge.status == 401) {
            response.type(Problem.MEDIA_TYPE).entity(problem(context.normalizedPath()));
        }
        return response.build();
    }

    private static Response plain401(RoutingContext context) {
        return Response.status(401).type(Problem.MEDIA_TYPE).entity(problem(context.normalizedPath())).build();
    }

    static Problem problem(String path) {
        return new Problem("about:blank", HttpDetails.title(401), 401, HttpDetails.of(401), path, List.of());
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
