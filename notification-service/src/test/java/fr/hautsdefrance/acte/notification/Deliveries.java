package fr.hautsdefrance.acte.notification;

import fr.hautsdefrance.acte.notification.domain.Delivery;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;

/** The delivery log as the database holds it now (each read in a transaction of its own). */
public final class Deliveries {

    private Deliveries() {
    }

    public static List<Delivery> ofEvent(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list("eventId", eventId));
    }

    public static Delivery oneOfEvent(String eventId) {
        List<Delivery> deliveries = ofEvent(eventId);
        return deliveries.isEmpty() ? null : deliveries.get(0);
    }
}
