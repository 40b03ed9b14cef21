package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.application.domain.Application;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Calls to eligibility-service, with the fault tolerance they need: short timeouts, a retry for a
 * blip, a circuit breaker so a failing service is not hammered during a submission rush.
 *
 * <p>Each call also waits on a worker thread, and so do the timeouts' own wake-ups: were every worker
 * waiting here, nothing would time out and the service would stop answering at all (seen at 200
 * submissions/s). So a bounded number of calls wait at once; beyond it a call is refused at once,
 * and the person is asked to try again (503), while the workers left keep the service alive.
 */
@ApplicationScoped
public class EligibilityClient {

    /** Per kind of call; five kinds at most hold 100 of the 200 workers. Eligibility answers in milliseconds. */
    public static final int CONCURRENT_CALLS = 20;

    private final EligibilityApi api;

    @Inject
    public EligibilityClient(@RestClient EligibilityApi api) {
        this.api = api;
    }

    /** The rules' verdict, with its call's rule set, on the file as it stands; throws {@link EligibilityUnavailableException} when unreachable. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Bulkhead(CONCURRENT_CALLS)
    @Retry(maxRetries = 2, delay = 200, abortOn = {WebApplicationException.class, BulkheadException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {WebApplicationException.class, BulkheadException.class})
    public EligibilityVerdict assess(Application application, String ruleSetVersion) {
        return api.assess(EligibilityQuestion.of(application, ruleSetVersion));
    }

    /** The versions of the rules eligibility-service can apply. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Bulkhead(CONCURRENT_CALLS)
    @Retry(maxRetries = 2, delay = 200, abortOn = {WebApplicationException.class, BulkheadException.class})
    public java.util.List<String> ruleSetVersions() {
        return api.ruleSets().stream().map(RuleSetInfo::version).toList();
    }

    /** The rules' verdict on any project (the public simulator). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Bulkhead(CONCURRENT_CALLS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {WebApplicationException.class, BulkheadException.class})
    public EligibilityVerdict simulate(EligibilityQuestion question) {
        return api.assess(question);
    }

    /** Communes whose name or postcode starts with {@code query}, for the forms' autocomplete. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Bulkhead(CONCURRENT_CALLS)
    public java.util.List<CommuneInfo> searchCommunes(String query, int limit) {
        return api.communes(query, limit);
    }

    /** An EPCI of the region, or empty when it is not one (or the reference cannot be reached). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Bulkhead(CONCURRENT_CALLS)
    public Optional<EpciInfo> epci(String siren) {
        try {
            return Optional.of(api.epci(siren));
        } catch (WebApplicationException e) {
            return Optional.empty();
        }
    }

    /** The EPCI a commune belongs to, or empty when unknown. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Bulkhead(CONCURRENT_CALLS)
    public Optional<CommuneInfo> commune(String code) {
        try {
            return api.communes(code, 1).stream().filter(c -> c.code().equals(code)).findFirst();
        } catch (WebApplicationException e) {
            return Optional.empty();
        }
    }
}
