package fr.hautsdefrance.acte.eligibility.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One rule's verdict on an application, with its explanation in plain French. The explanation is
 * written when first read: deciding is cheap, and most simulations' texts are read once or never.
 */
@JsonPropertyOrder({"code", "status", "message", "details"})
public final class Check {

    private final String code;
    private final CheckStatus status;
    private final Map<String, Object> details;
    private Supplier<String> explanation;
    private String message;

    public Check(String code, CheckStatus status, Supplier<String> explanation, Map<String, Object> details) {
        this.code = Objects.requireNonNull(code);
        this.status = Objects.requireNonNull(status);
        this.explanation = Objects.requireNonNull(explanation);
        this.details = details == null ? Map.of() : details;
    }

    /** A check read back from storage, its message already written. */
    @JsonCreator
    public static Check stored(@JsonProperty("code") String code, @JsonProperty("status") CheckStatus status,
            @JsonProperty("message") String message, @JsonProperty("details") Map<String, Object> details) {
        Check check = new Check(code, status, () -> message, details);
        check.message();
        return check;
    }

    @JsonProperty
    public String code() {
        return code;
    }

    @JsonProperty
    public CheckStatus status() {
        return status;
    }

    @JsonProperty
    public synchronized String message() {
        if (message == null) {
            message = explanation.get();
            explanation = null;
        }
        return message;
    }

    @JsonProperty
    public Map<String, Object> details() {
        return details;
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }

    @Override
    public String toString() {
        return code + " " + status + ": " + message();
    }
}
