package fr.hautsdefrance.acte.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * Time comes from an injected clock, so deadline and lapse rules can be tested at any date; where
 * {@link AdjustableClock} is enabled, that clock can be moved forward while the service runs.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(AdjustableClock adjustable) {
        return adjustable.clock();
    }
}
