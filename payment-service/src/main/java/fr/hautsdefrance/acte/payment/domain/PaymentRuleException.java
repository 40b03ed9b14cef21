package fr.hautsdefrance.acte.payment.domain;

/** A rule of the scheme refuses the action (amounts, categories, minimum…): the field and why. */
public class PaymentRuleException extends RuntimeException {

    private final String field;

    public PaymentRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
