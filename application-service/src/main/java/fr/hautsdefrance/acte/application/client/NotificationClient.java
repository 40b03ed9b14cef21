package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Calls to notification-service on behalf of the signed-in person. The unread count is in every
 * page's header: it gets a very short timeout and, when notification-service is down or slow, the
 * page simply shows no count (the circuit breaker then skips the call for a while).
 */
@ApplicationScoped
public class NotificationClient {

    static final String SERVICE = "des notifications";

    private final NotificationApi api;

    @Inject
    public NotificationClient(@RestClient NotificationApi api) {
        this.api = api;
    }

    /** How many notices the person has not read; empty when that cannot be known quickly. */
    @Timeout(value = 800, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noCount")
    public OptionalLong unreadCount() {
        return OptionalLong.of(api.unreadCount().unread());
    }

    /** The person's notices, newest first. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "noticesUnavailable", skipOn = ProblemException.class)
    public List<Notice> mine() {
        try {
            return api.mine();
        } catch (WebApplicationException e) {
            throw refusedOrFailed(e);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "markUnavailable", skipOn = ProblemException.class)
    public Notice markRead(UUID id) {
        try {
            return api.markRead(id);
        } catch (WebApplicationException e) {
            throw refusedOrFailed(e);
        }
    }

    private static RuntimeException refusedOrFailed(WebApplicationException e) {
        return e.getResponse().getStatus() >= 500 ? e : RemoteProblems.refusal(e, SERVICE);
    }

    OptionalLong noCount() {
        return OptionalLong.empty();
    }

    List<Notice> noticesUnavailable() {
        throw RemoteProblems.unavailable(SERVICE);
    }

    Notice markUnavailable(UUID id) {
        throw RemoteProblems.unavailable(SERVICE);
    }
}
