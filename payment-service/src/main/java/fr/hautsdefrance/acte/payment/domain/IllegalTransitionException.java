package fr.hautsdefrance.acte.payment.domain;

/** The payment or grant is not in a state that allows this action: the message says what it is in. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
