package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.config.PaymentConfig;
import fr.hautsdefrance.acte.payment.domain.ScheduleParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The payment rules in force, from the configuration, checked once. */
@ApplicationScoped
public class Rules {

    private final PaymentConfig config;
    private final ScheduleParameters current;

    @Inject
    public Rules(PaymentConfig config) {
        this.config = config;
        this.current = new ScheduleParameters(config.ruleVersion(), config.advanceRate(), config.instalmentCeiling(),
                config.minimumPayment(), config.validityMonths());
    }

    /** The values new grants are opened with. */
    public ScheduleParameters current() {
        return current;
    }

    public PaymentConfig config() {
        return config;
    }
}
