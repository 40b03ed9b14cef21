package fr.hautsdefrance.acte.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A check of the ACTE rules the file failed at its last assessment, in the rules' own French words:
 * it flags the file for the officer, and becomes a reason of its refusal.
 */
@Embeddable
public class EligibilityFailure {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String message;

    protected EligibilityFailure() {
    }

    public EligibilityFailure(String code, String message) {
        this.code = code;
        this.message = message;
    }
}
