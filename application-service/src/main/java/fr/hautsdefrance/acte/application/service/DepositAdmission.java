package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.config.DepositAdmissionConfig;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on deposits in progress. The deposit no longer waits on anything outside the service, so
 * without a bound a rush beyond what the replica can do is queued whole and the last ones are answered
 * tens of seconds later; with it, the ones beyond are refused at once and come back after
 * {@code Retry-After}, their drafts untouched. The API's deposit takes its place on the event loop before
 * it is authenticated (DepositAdmissionFilter), the portal's once its form has come in whole (ApplicantPages);
 * each gives it back when its deposit is done.
 */
@Singleton
public class DepositAdmission {

    public static final String IN_PROGRESS = "acte.deposits.in.progress";
    public static final String REFUSED = "acte.deposits.refused";

    private final int maxInProgress;
    private final long retryAfterSeconds;
    private final AtomicInteger inProgress = new AtomicInteger();
    private final Counter refused;

    @Inject
    public DepositAdmission(DepositAdmissionConfig config, MeterRegistry registry) {
        this(config.maxInProgress(), config.retryAfter(), registry);
    }

    public DepositAdmission(int maxInProgress, Duration retryAfter, MeterRegistry registry) {
        this.maxInProgress = maxInProgress;
        // Retry-After counts whole seconds; 0 would invite the same request straight back.
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        Gauge.builder(IN_PROGRESS, inProgress, AtomicInteger::get)
                .description("Deposits (API and portal) being processed by this replica").register(registry);
        this.refused = Counter.builder(REFUSED)
                .description("Deposits refused with 503 because as many as the bound were in progress")
                .register(registry);
    }

    /** A place for one deposit, or none when as many as the bound are in progress (the refusal is counted). */
    public Optional<Permit> tryAcquire() {
        while (true) {
            int current = inProgress.get();
            if (current >= maxInProgress) {
                refused.increment();
                return Optional.empty();
            }
            if (inProgress.compareAndSet(current, current + 1)) {
                return Optional.of(new Permit());
            }
        }
    }

    public int inProgress() {
        return inProgress.get();
    }

    public int maxInProgress() {
        return maxInProgress;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** What the person is told: nothing is lost, and when to try again. */
    public Refused refusal() {
        return new Refused(retryAfterSeconds);
    }

    /** One deposit's place; closing it more than once (end and close of one response) gives it back once. */
    public final class Permit implements AutoCloseable {

        private final AtomicBoolean released = new AtomicBoolean();

        private Permit() {
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                inProgress.decrementAndGet();
            }
        }
    }

    /** A deposit refused because the bound was reached: 503, with {@code Retry-After}. */
    public static final class Refused extends ProblemException {

        private final long retryAfterSeconds;

        Refused(long retryAfterSeconds) {
            super(503, "too-many-deposits", "Trop de dépôts en cours",
                    "La plateforme reçoit en ce moment plus de dépôts qu'elle ne peut en traiter à la fois. Votre "
                            + "dossier n'est pas perdu : il est conservé en brouillon, tel que vous l'avez enregistré. "
                            + "Déposez-le de nouveau dans " + retryAfterSeconds + " seconde"
                            + (retryAfterSeconds > 1 ? "s" : "") + ".",
                    List.of());
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        /** Thrown under overload, many times a second: its stack says nothing the refusal does not. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
