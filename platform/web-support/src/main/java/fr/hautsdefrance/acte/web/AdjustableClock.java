package fr.hautsdefrance.acte.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Moves the services' time forward where a legal deadline must be seen passing (end-to-end tests,
 * demonstrations): off unless {@code acte.clock.adjustable=true}, which no production deployment sets.
 * Every {@link Clock} the services inject reads its offset.
 */
@ApplicationScoped
public class AdjustableClock {

    private final boolean enabled;
    private volatile Duration offset = Duration.ZERO;

    @Inject
    public AdjustableClock(@ConfigProperty(name = "acte.clock.adjustable", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public Duration offset() {
        return offset;
    }

    /** Moves time forward (or back) by {@code shift}; refused when the clock is not adjustable. */
    public Instant advance(Duration shift) {
        if (!enabled) {
            throw new IllegalStateException("The clock is not adjustable (acte.clock.adjustable is false)");
        }
        offset = offset.plus(shift);
        return Instant.now().plus(offset);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    /** The system's clock, shifted by the offset when the clock is adjustable. */
    Clock clock() {
        return enabled ? new Shifted(ZoneOffset.UTC) : Clock.systemUTC();
    }

    private final class Shifted extends Clock {

        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
