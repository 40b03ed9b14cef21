package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.BankAccount;
import fr.hautsdefrance.acte.payment.domain.BankAccountStatus;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.domain.OrganisationMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may act for an organisation's grants, kept up to date from application-service's
 * organisation events: a new member reaches its grants, a removed one is dropped from them at once
 * (404 from then on) and the bank details they entered that nobody validated yet are cancelled.
 * Each change is applied in the order it happened (see {@link OrganisationMember}).
 */
@ApplicationScoped
public class OrganisationMembership {

    private static final Logger LOG = Logger.getLogger(OrganisationMembership.class);
    static final String CANCELLED_REASON = "Coordonnées saisies par une personne qui n'est plus membre de la structure : "
            + "elles doivent être saisies de nouveau par un membre actuel.";

    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    public OrganisationMembership(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public void memberAdded(UUID organisationId, GrantMember member, OffsetDateTime at) {
        Optional<OrganisationMember> known = membership(organisationId, member.subject);
        OrganisationMember membership = known.orElseGet(() -> OrganisationMember.of(organisationId, member.subject));
        if (!membership.added(member.email, member.name, at)) {
            return;
        }
        if (known.isEmpty()) {
            membership.persist();
        }
        grantsOf(organisationId).forEach(grant -> grant.addMember(member));
    }

    @Transactional
    public void memberRemoved(UUID organisationId, String subject, OffsetDateTime at) {
        Optional<OrganisationMember> known = membership(organisationId, subject);
        OrganisationMember membership = known.orElseGet(() -> OrganisationMember.of(organisationId, subject));
        if (!membership.removed(at)) {
            return;
        }
        if (known.isEmpty()) {
            membership.persist();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (GrantAccount grant : grantsOf(organisationId)) {
            grant.removeMember(subject);
            List<BankAccount> proposed = BankAccount.list("grantId = ?1 and status = ?2 and enteredBy = ?3", grant.id,
                    BankAccountStatus.PENDING, subject);
            for (BankAccount account : proposed) {
                account.reject(PaymentRequestService.AUTOMATIC, null, CANCELLED_REASON, now);
                LOG.infof("Bank details %s of grant %s cancelled: %s left the organisation", account.id,
                        grant.reference, subject);
            }
        }
    }

    @Transactional
    public void renamed(UUID organisationId, String name) {
        grantsOf(organisationId).forEach(grant -> grant.renameOrganisation(name));
    }

    /**
     * The members an application event names, less those removed since: the event may have been
     * written before the removal and read after it (another partition), and must not bring them back.
     */
    @Transactional
    public List<GrantMember> withoutRemoved(UUID organisationId, List<GrantMember> members) {
        if (organisationId == null || members.isEmpty()) {
            return members;
        }
        java.util.Set<String> removed = new java.util.HashSet<>(entityManager.createQuery(
                        "select m.subject from OrganisationMember m where m.organisationId = :organisation "
                                + "and m.removedAt is not null", String.class)
                .setParameter("organisation", organisationId).getResultList());
        return members.stream().filter(m -> !removed.contains(m.subject)).toList();
    }

    private Optional<OrganisationMember> membership(UUID organisationId, String subject) {
        return OrganisationMember.<OrganisationMember>find("organisationId = ?1 and subject = ?2", organisationId, subject)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The organisation's grants, locked in id order like every command on a grant. */
    private List<GrantAccount> grantsOf(UUID organisationId) {
        return entityManager.createQuery("from GrantAccount g where g.organisationId = :organisation order by g.id",
                        GrantAccount.class).setParameter("organisation", organisationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
