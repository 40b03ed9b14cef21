package fr.hautsdefrance.acte.application.domain;

/** An action the file's rules refuse in its current content (not its status): the message says why. */
public class ApplicationRuleException extends RuntimeException {

    private final String field;

    public ApplicationRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
