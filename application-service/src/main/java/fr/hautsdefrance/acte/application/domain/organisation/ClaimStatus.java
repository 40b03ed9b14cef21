package fr.hautsdefrance.acte.application.domain.organisation;

/** Where a claim on a SIREN stands; pages and letters name it from the message bundle ({@code claimStatus_…}). */
public enum ClaimStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
