package fr.hautsdefrance.acte.messaging;

/** A record no retry can process: it goes to the dead-letter topic with this message as the reason. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
