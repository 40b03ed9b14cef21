package fr.hautsdefrance.acte.notification.domain;

/** A state change its current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
