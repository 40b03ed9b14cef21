package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls to payment-service on behalf of the signed-in person. Its refusals come back as
 * {@link ProblemException}s with its French messages and field paths; when it cannot be reached, is
 * too slow or fails, a 503 {@link ProblemException} says so (a circuit breaker spares it while it
 * is down), so a page never shows more than a sentence a person can act on.
 */
@ApplicationScoped
public class PaymentClient {

    static final String SERVICE = "des versements";

    private final PaymentApi api;

    @Inject
    public PaymentClient(@RestClient PaymentApi api) {
        this.api = api;
    }

    /** The grant of the file {@code grantId}; empty while payment-service has not opened it (or not for this person yet). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "grantUnavailable", skipOn = ProblemException.class)
    public Optional<GrantDetails> grant(UUID grantId) {
        try {
            return Optional.of(api.grant(grantId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw refusedOrFailed(e);
        }
    }

    /** New bank details, waiting for a finance officer's validation. Not retried: a second try would be refused as pending. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "bankDetailsUnavailable", skipOn = ProblemException.class)
    public GrantDetails.BankAccount proposeBankDetails(UUID grantId, BankDetails details) {
        try {
            return api.proposeBankDetails(grantId, details);
        } catch (WebApplicationException e) {
            throw refusedOrFailed(e);
        }
    }

    /** A payment request; {@code idempotencyKey} makes a retry (ours, or a double submit) change nothing. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "requestUnavailable", skipOn = ProblemException.class)
    public GrantDetails.Payment requestPayment(UUID grantId, String idempotencyKey, PaymentRequest request) {
        try {
            return api.requestPayment(grantId, idempotencyKey, request);
        } catch (WebApplicationException e) {
            throw refusedOrFailed(e);
        }
    }

    /** A refusal is the caller's to read; a failure on payment-service's side is left to fault tolerance. */
    private static RuntimeException refusedOrFailed(WebApplicationException e) {
        return e.getResponse().getStatus() >= 500 ? e : RemoteProblems.refusal(e, SERVICE);
    }

    Optional<GrantDetails> grantUnavailable(UUID grantId) {
        throw RemoteProblems.unavailable(SERVICE);
    }

    GrantDetails.BankAccount bankDetailsUnavailable(UUID grantId, BankDetails details) {
        throw RemoteProblems.unavailable(SERVICE);
    }

    GrantDetails.Payment requestUnavailable(UUID grantId, String idempotencyKey, PaymentRequest request) {
        throw RemoteProblems.unavailable(SERVICE);
    }
}
