package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.messaging.DatabaseGauges;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** E-mails given up after their retries: each waits for an administrator to retry it (DeliveryResource). */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    public static final String EMAILS_FAILED = "acte.notification.emails.failed";

    @Inject
    public DeliveryMetrics(DatabaseGauges gauges) {
        gauges.register(EMAILS_FAILED, "E-mails given up, waiting for an administrator's retry", null,
                "select count(*) from delivery where channel = 'EMAIL' and status = 'FAILED'");
    }
}
