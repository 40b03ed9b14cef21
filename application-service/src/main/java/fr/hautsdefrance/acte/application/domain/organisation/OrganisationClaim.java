package fr.hautsdefrance.acte.application.domain.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.hautsdefrance.acte.application.domain.event.DomainEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person's claim to act for the organisation of a SIREN, made by registering it. An officer
 * verifies it against the piece joined (statutes, Kbis or RNA extract, the signatory's authority)
 * or rejects it with a reason; claims on one SIREN by different people are a {@link SirenDispute}.
 */
@Entity
@Table(name = "organisation_claim")
public class OrganisationClaim extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The organisation the claimant registered (and owns while the claim is open). */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(nullable = false, updatable = false)
    public String siren;

    @Column(name = "claimant_subject", nullable = false, updatable = false)
    public String claimantSubject;

    @Column(name = "claimant_email", nullable = false, updatable = false)
    public String claimantEmail;

    @Column(name = "claimant_name", nullable = false, updatable = false)
    public String claimantName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    /** Why it was rejected, or why a dispute was settled as it was. */
    private String reason;

    @Version
    public long version;

    protected OrganisationClaim() {
    }

    public static OrganisationClaim open(Organisation organisation, Member claimant, OffsetDateTime now) {
        OrganisationClaim claim = new OrganisationClaim();
        claim.id = UUID.randomUUID();
        claim.organisationId = organisation.id();
        claim.siren = organisation.siren();
        claim.claimantSubject = claimant.subject;
        claim.claimantEmail = claimant.email;
        claim.claimantName = claimant.displayName;
        claim.status = ClaimStatus.PENDING;
        claim.submittedAt = now;
        return claim;
    }

    public ClaimStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public boolean isPending() {
        return status == ClaimStatus.PENDING;
    }

    /** Still standing: pending, or verified and not displaced since. */
    public boolean isStanding() {
        return status != ClaimStatus.REJECTED;
    }

    /**
     * The officer checked the piece: the claimant's organisation is the one of this SIREN. Returns the
     * organisation-verified event.
     */
    DomainEvent verify(Organisation organisation, String officer, String why, OffsetDateTime now) {
        ensurePending();
        ensureOwnOrganisation(organisation);
        status = ClaimStatus.VERIFIED;
        decidedBy = officer;
        decidedAt = now;
        reason = why;
        return organisation.markVerified(officer, now);
    }

    /** The claim does not hold (or lost a dispute); a verified organisation loses its verification. */
    void reject(Organisation organisation, String officer, String why, OffsetDateTime now) {
        if (status == ClaimStatus.REJECTED) {
            throw new OrganisationRuleException("Cette demande est déjà rejetée.");
        }
        ensureOwnOrganisation(organisation);
        status = ClaimStatus.REJECTED;
        decidedBy = officer;
        decidedAt = now;
        reason = why;
        organisation.withdrawVerification();
    }

    private void ensurePending() {
        if (status != ClaimStatus.PENDING) {
            throw new ClaimDecidedException(status);
        }
    }

    private void ensureOwnOrganisation(Organisation organisation) {
        if (!organisation.id().equals(organisationId)) {
            throw new IllegalArgumentException("claim " + id + " is not on organisation " + organisation.id());
        }
    }
}
