package fr.hautsdefrance.acte.payment.domain;

/** The same person tried to act twice where the rules require two different people. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String message) {
        super(message);
    }
}
