package fr.hautsdefrance.acte.eligibility.domain;

import java.util.Map;

/** One rule's verdict on an application, with its explanation in plain French. */
public record Check(String code, CheckStatus status, String message, Map<String, Object> details) {

    public Check {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }
}
