package fr.hautsdefrance.acte.messaging;

/**
 * An event names something this consumer has not heard of yet from another topic (an organisation's
 * contacts record not consumed yet, say). Not poison: the record it waits for is on its way, so the
 * inbox retries, and a record still failing once the budget is spent goes to the dead-letter topic,
 * whence it can be re-driven.
 */
public class NotYetKnownException extends RuntimeException {

    public NotYetKnownException(String message) {
        super(message);
    }
}
