package fr.hautsdefrance.acte.application.domain.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An owner's invitation for someone to join the organisation. The invitee accepts while signed in
 * with the invited e-mail address; only a hash of the code is stored.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(nullable = false, updatable = false)
    public String email;

    @Column(name = "code_hash", nullable = false, updatable = false, unique = true)
    public String codeHash;

    @Column(name = "invited_by", nullable = false, updatable = false)
    public String invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    protected Invitation() {
    }

    public static Invitation of(UUID organisationId, String email, String codeHash, String invitedBy,
            OffsetDateTime now, OffsetDateTime expiresAt) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.organisationId = organisationId;
        invitation.email = email.toLowerCase(java.util.Locale.ROOT);
        invitation.codeHash = codeHash;
        invitation.invitedBy = invitedBy;
        invitation.createdAt = now;
        invitation.expiresAt = expiresAt;
        return invitation;
    }

    /** Marks the invitation used; refuses an expired, used, or someone else's invitation. */
    public void accept(String subject, String email, OffsetDateTime now) {
        if (acceptedAt != null) {
            throw new OrganisationRuleException("Cette invitation a déjà été utilisée.");
        }
        if (now.isAfter(expiresAt)) {
            throw new OrganisationRuleException("Cette invitation a expiré : demandez-en une nouvelle.");
        }
        if (email == null || !this.email.equalsIgnoreCase(email)) {
            throw new OrganisationRuleException("Cette invitation a été envoyée à une autre adresse e-mail : "
                    + "connectez-vous avec le compte de l'adresse invitée.");
        }
        acceptedAt = now;
        acceptedBy = subject;
    }
}
