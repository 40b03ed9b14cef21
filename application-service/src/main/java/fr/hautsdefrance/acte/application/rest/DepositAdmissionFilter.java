package fr.hautsdefrance.acte.application.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.application.service.DepositAdmission;
import fr.hautsdefrance.acte.web.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The API's deposits ({@code POST /api/v1/applications/{id}/submit}, no body) go through {@link DepositAdmission}
 * here, on the event loop ahead of authentication (priority above its 200), so a deposit beyond the bound costs
 * neither a token verification nor a worker thread. The place is given back when the response ends, fails or
 * its connection closes. The portal's deposit, a form, takes its place in its page once the form has come in
 * whole (ApplicantPages): taken here, a form sent slowly would hold a place for as long as its sender likes.
 */
@ApplicationScoped
public class DepositAdmissionFilter {

    /** Ahead of Quarkus' authentication (200) and permission checks (100). */
    static final int PRIORITY = 300;

    private final DepositAdmission admission;
    private final ObjectMapper json;

    @Inject
    public DepositAdmissionFilter(DepositAdmission admission, ObjectMapper json) {
        this.admission = admission;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    void admit(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        if (!isDeposit(path, "/api/v1/applications/", "/submit")) {
            context.next();
            return;
        }
        Optional<DepositAdmission.Permit> permit = admission.tryAcquire();
        if (permit.isPresent()) {
            DepositAdmission.Permit place = permit.get();
            context.addEndHandler(ended -> place.close());
            context.next();
            return;
        }
        refuse(context, path, admission.refusal());
    }

    private void refuse(RoutingContext context, String path, DepositAdmission.Refused refusal) {
        String body;
        try {
            body = json.writeValueAsString(refusal.toProblem(path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(refusal.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()))
                .end(body);
    }

    /** {@code prefix + one segment + suffix}: the file's id and nothing else between them. */
    static boolean isDeposit(String path, String prefix, String suffix) {
        return path.startsWith(prefix) && path.endsWith(suffix) && path.length() > prefix.length() + suffix.length()
                && path.indexOf('/', prefix.length()) == path.length() - suffix.length();
    }
}
