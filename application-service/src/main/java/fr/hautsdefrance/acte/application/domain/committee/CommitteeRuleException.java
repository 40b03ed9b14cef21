package fr.hautsdefrance.acte.application.domain.committee;

/** What a session's status or calendar forbids now; the message says what to do instead. */
public class CommitteeRuleException extends RuntimeException {

    private final String code;

    public CommitteeRuleException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
