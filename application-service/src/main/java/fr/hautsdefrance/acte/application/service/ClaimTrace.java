package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.organisation.ClaimStatus;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationClaim;

import java.util.UUID;

/** What an organisation's audit trail keeps of a claim at each step. */
record ClaimTrace(UUID claimId, String siren, String claimant, ClaimStatus status, String reason) {

    static ClaimTrace of(OrganisationClaim claim) {
        return new ClaimTrace(claim.id, claim.siren, claim.claimantSubject, claim.status(), claim.reason());
    }
}
