package fr.hautsdefrance.acte.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gauges an operator reads from a service's database: an outbox backlog, e-mails given up, payment
 * orders waiting for a second signature. Each query runs on a schedule rather than at every scrape,
 * so a slow or unreachable database never holds up {@code /q/metrics}; until the first reading a
 * gauge is NaN, and it keeps its last reading while the database is away.
 */
@ApplicationScoped
public class DatabaseGauges {

    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    private final MeterRegistry registry;
    private final EntityManager entityManager;
    private final List<Reading> readings = new CopyOnWriteArrayList<>();

    private record Reading(String name, String sql, AtomicReference<Double> value) {
    }

    @Inject
    public DatabaseGauges(MeterRegistry registry, EntityManager entityManager) {
        this.registry = registry;
        this.entityManager = entityManager;
    }

    /**
     * A gauge whose value is the single number {@code sql} selects (null reads as zero).
     *
     * @param baseUnit Prometheus appends it to the name ({@code seconds}); null for a count
     */
    public void register(String name, String description, String baseUnit, String sql) {
        AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
        Gauge.builder(name, value, AtomicReference::get).description(description).baseUnit(baseUnit)
                .register(registry);
        readings.add(new Reading(name, sql, value));
    }

    @Scheduled(every = "${acte.metrics.database-gauges-interval:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        for (Reading reading : readings) {
            try {
                Number read = (Number) QuarkusTransaction.requiringNew()
                        .call(() -> entityManager.createNativeQuery(reading.sql()).getSingleResult());
                reading.value().set(read == null ? 0.0 : read.doubleValue());
            } catch (RuntimeException e) {
                LOG.debugf("Gauge %s not refreshed, keeps its last reading: %s", reading.name(), e.getMessage());
            }
        }
    }
}
