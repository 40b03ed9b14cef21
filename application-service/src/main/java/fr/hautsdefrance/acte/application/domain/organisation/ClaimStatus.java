package fr.hautsdefrance.acte.application.domain.organisation;

/** Where a claim on a SIREN stands; the French label is the one pages and letters show. */
public enum ClaimStatus {
    PENDING("en attente de vérification"),
    VERIFIED("vérifiée"),
    REJECTED("rejetée");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
