package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.messaging.DatabaseGauges;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Payment orders one finance officer prepared and a second has not yet approved (four eyes). */
@Startup
@ApplicationScoped
public class FourEyesMetrics {

    public static final String AWAITING_APPROVAL = "acte.payment.orders.awaiting.approval";
    public static final String OLDEST_AWAITING_APPROVAL_AGE = "acte.payment.orders.awaiting.approval.oldest.age";
    private static final String AWAITING = "from payment where status = 'VALIDATED' and prepared_by is not null";

    @Inject
    public FourEyesMetrics(DatabaseGauges gauges) {
        gauges.register(AWAITING_APPROVAL, "Payment orders prepared, waiting for a second finance officer", null,
                "select count(*) " + AWAITING);
        gauges.register(OLDEST_AWAITING_APPROVAL_AGE, "Age of the oldest payment order waiting for its approval",
                "seconds", "select coalesce(extract(epoch from now() - min(prepared_at)), 0) " + AWAITING);
    }
}
