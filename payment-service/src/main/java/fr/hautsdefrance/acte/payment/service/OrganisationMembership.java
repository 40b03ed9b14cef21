package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.messaging.NotYetKnownException;
import fr.hautsdefrance.acte.payment.domain.BankAccount;
import fr.hautsdefrance.acte.payment.domain.BankAccountStatus;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.domain.OrganisationContacts;
import fr.hautsdefrance.acte.payment.domain.OrganisationMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may act for an organisation's grants, kept from its contacts records
 * (acte.organisation-contacts.v1: the whole list of members at a revision that only grows): a new
 * member reaches its grants, a removed one is dropped from them at once (404 from then on) and the bank
 * details they entered that nobody validated yet are cancelled. A record whose revision is not above
 * the one applied changes nothing, so a replayed or re-driven older list never brings anyone back.
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

    /**
     * Applies the organisation's list of members at {@code revision}; an empty list removes everyone.
     *
     * @return whether it was applied (false for a revision already passed)
     */
    @Transactional
    public boolean contactsChanged(UUID organisationId, long revision, List<GrantMember> members,
            OffsetDateTime changedAt) {
        Optional<OrganisationContacts> known = OrganisationContacts.<OrganisationContacts>findByIdOptional(
                organisationId, LockModeType.PESSIMISTIC_WRITE);
        OrganisationContacts contacts = known.orElseGet(() -> OrganisationContacts.of(organisationId));
        if (!contacts.advanceTo(revision, changedAt)) {
            return false;
        }
        if (known.isEmpty()) {
            contacts.persist();
        }
        Map<String, GrantMember> listed = new LinkedHashMap<>();
        members.forEach(member -> listed.put(member.subject, member));
        Set<String> held = new HashSet<>();
        for (OrganisationMember row : OrganisationMember.<OrganisationMember>list("organisationId", organisationId)) {
            GrantMember still = listed.get(row.subject);
            if (still == null) {
                row.delete();
            } else {
                row.listed(still.email, still.name, changedAt);
                held.add(row.subject);
            }
        }
        listed.values().stream()
                .filter(m -> !held.contains(m.subject))
                .forEach(m -> {
                    OrganisationMember row = OrganisationMember.of(organisationId, m.subject);
                    row.listed(m.email, m.name, changedAt);
                    row.persist();
                });
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (GrantAccount grant : grantsOf(organisationId)) {
            grant.members.stream().map(m -> m.subject).filter(subject -> !listed.containsKey(subject)).toList()
                    .forEach(removed -> cancelProposedBankDetails(grant, removed, now));
            grant.replaceMembers(List.copyOf(listed.values()));
        }
        return true;
    }

    @Transactional
    public void renamed(UUID organisationId, String name) {
        grantsOf(organisationId).forEach(grant -> grant.renameOrganisation(name));
    }

    /**
     * The organisation's current members: who acts for a grant opened or signed now.
     *
     * @throws NotYetKnownException while its contacts record has not been applied: the event asking is
     *                              retried, never applied with nobody to act for the grant
     */
    @Transactional
    public List<GrantMember> membersOf(UUID organisationId) {
        if (OrganisationContacts.findById(organisationId) == null) {
            throw new NotYetKnownException("organisation " + organisationId
                    + " has no contacts record yet (acte.organisation-contacts.v1)");
        }
        return OrganisationMember.<OrganisationMember>list("organisationId = ?1 order by subject", organisationId)
                .stream().map(OrganisationMember::asGrantMember).toList();
    }

    /** Bank details a person who left entered and nobody validated: a current member must enter them again. */
    private static void cancelProposedBankDetails(GrantAccount grant, String subject, OffsetDateTime now) {
        List<BankAccount> proposed = BankAccount.list("grantId = ?1 and status = ?2 and enteredBy = ?3", grant.id,
                BankAccountStatus.PENDING, subject);
        for (BankAccount account : proposed) {
            account.reject(PaymentRequestService.AUTOMATIC, null, CANCELLED_REASON, now);
            LOG.infof("Bank details %s of grant %s cancelled: %s left the organisation", account.id,
                    grant.reference, subject);
        }
    }

    /** The organisation's grants, locked in id order like every command on a grant. */
    private List<GrantAccount> grantsOf(UUID organisationId) {
        return entityManager.createQuery("from GrantAccount g where g.organisationId = :organisation order by g.id",
                        GrantAccount.class).setParameter("organisation", organisationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
