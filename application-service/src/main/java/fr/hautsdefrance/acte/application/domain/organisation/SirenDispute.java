package fr.hautsdefrance.acte.application.domain.organisation;

import fr.hautsdefrance.acte.application.domain.event.DomainEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims made on one SIREN and the officers' decisions on them. A single standing claim is
 * verified or rejected; as soon as two stand (two registrations, or a new one against a verified
 * organisation) they are a dispute, settled only by choosing the claimant who gets the organisation.
 */
public final class SirenDispute {

    private final String siren;
    private final List<OrganisationClaim> claims;

    private SirenDispute(String siren, List<OrganisationClaim> claims) {
        this.siren = siren;
        this.claims = List.copyOf(claims);
    }

    public static SirenDispute of(String siren, List<OrganisationClaim> claims) {
        if (claims.stream().anyMatch(c -> !c.siren.equals(siren))) {
            throw new IllegalArgumentException("every claim must be on SIREN " + siren);
        }
        return new SirenDispute(siren, claims);
    }

    public String siren() {
        return siren;
    }

    public List<OrganisationClaim> claims() {
        return claims;
    }

    public List<OrganisationClaim> standing() {
        return claims.stream().filter(OrganisationClaim::isStanding).toList();
    }

    /** Two claims or more still stand, one of them at least waiting for a decision. */
    public boolean isDisputed() {
        return standing().size() > 1 && claims.stream().anyMatch(OrganisationClaim::isPending);
    }

    /** Verifies the only standing claim on the SIREN: returns the organisation-verified event. */
    public DomainEvent verify(OrganisationClaim claim, Organisation organisation, String officer, OffsetDateTime now) {
        ensureOneOfMine(claim);
        if (isDisputed()) {
            throw new OrganisationRuleException("Plusieurs demandes portent sur le SIREN " + siren + " : "
                    + "tranchez le litige en désignant la structure qui le détient, plutôt que de vérifier une demande seule.");
        }
        return claim.verify(organisation, officer, null, now);
    }

    /** Rejects a claim, with the reason the claimant is told. */
    public void reject(OrganisationClaim claim, Organisation organisation, String officer, String reason,
            OffsetDateTime now) {
        ensureOneOfMine(claim);
        claim.reject(organisation, officer, requireReason(reason), now);
    }

    /**
     * Settles the dispute: the winning claim's organisation is the SIREN's verified organisation, every
     * other standing claim is rejected with the same reason (and a verified loser loses its verification).
     * Returns the claims rejected, whose claimants are told, and the winner's organisation-verified event
     * when it was not verified yet.
     */
    public Resolution resolve(UUID winningClaimId, Map<UUID, Organisation> organisationsById,
            String officer, String reason, OffsetDateTime now) {
        if (!isDisputed()) {
            throw new OrganisationRuleException("Aucun litige en cours sur le SIREN " + siren + " : vérifiez ou "
                    + "rejetez la demande directement.");
        }
        String why = requireReason(reason);
        OrganisationClaim winner = standing().stream().filter(c -> c.id.equals(winningClaimId)).findFirst()
                .orElseThrow(() -> new OrganisationRuleException("La demande retenue doit être l'une des demandes "
                        + "en litige sur le SIREN " + siren + "."));
        List<OrganisationClaim> losers = standing().stream().filter(c -> c != winner).toList();
        // Losers first: the SIREN has one verified organisation at most, at every moment.
        losers.forEach(c -> c.reject(organisationOf(c, organisationsById), officer, why, now));
        List<DomainEvent> events = winner.isPending()
                ? List.of(winner.verify(organisationOf(winner, organisationsById), officer, why, now))
                : List.of();
        return new Resolution(losers, events);
    }

    /** A dispute settled: the claims rejected, and the events the settlement causes. */
    public record Resolution(List<OrganisationClaim> losers, List<DomainEvent> events) {
    }

    private static Organisation organisationOf(OrganisationClaim claim, Map<UUID, Organisation> organisationsById) {
        Organisation organisation = organisationsById.get(claim.organisationId);
        if (organisation == null) {
            throw new IllegalArgumentException("organisation " + claim.organisationId + " not given");
        }
        return organisation;
    }

    private void ensureOneOfMine(OrganisationClaim claim) {
        if (claims.stream().noneMatch(c -> c.id.equals(claim.id))) {
            throw new IllegalArgumentException("claim " + claim.id + " is not on SIREN " + siren);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OrganisationRuleException("Indiquez le motif de la décision : il est communiqué au demandeur "
                    + "et conservé dans l'historique.");
        }
        return reason.strip();
    }
}
