package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Who may reach which file: members of the applicant organisation, and regional staff. Anything
 * else is answered exactly as a file that does not exist, so ids reveal nothing.
 */
@ApplicationScoped
public class Access {

    private final CurrentUser user;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    @Inject
    public Access(CurrentUser user, EntityManager entityManager, AuditTrail audit) {
        this.user = user;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** A file the caller may read: a member of its organisation, or regional staff. */
    public Application readable(UUID applicationId) {
        Application application = find(applicationId);
        if (user.isRegionalStaff() || organisationOf(application).hasMember(user.subject())) {
            return application;
        }
        throw notFound(applicationId);
    }

    /** A file the caller acts on as applicant: members of its organisation only, not staff. */
    public Application asMember(UUID applicationId) {
        Application application = find(applicationId);
        if (organisationOf(application).hasMember(user.subject())) {
            return application;
        }
        throw notFound(applicationId);
    }

    /**
     * A file already read, locked for the rest of the transaction and read again as it now stands: its
     * changes (and their events) are made one after the other.
     */
    public Application locked(Application application) {
        // Once locked, it is not read again: a change made since in this transaction (a correction that
        // then requalifies the file) is kept.
        if (entityManager.getLockMode(application) != LockModeType.PESSIMISTIC_WRITE) {
            entityManager.refresh(application, LockModeType.PESSIMISTIC_WRITE);
        }
        // Reading again leaves its collections unread: the file still goes on to a view or a letter.
        return FileCollections.loaded(application);
    }

    /**
     * The same, locked for the rest of the transaction: the file's audit trail is appended in order. The
     * lock is the trail's own (one statement reads the trail's head with it and refuses a file changed
     * since it was read), not a second one beside it.
     */
    public Application asMemberLocked(UUID applicationId) {
        return audit.lock(asMember(applicationId));
    }

    /**
     * An organisation already read, locked for the rest of the transaction (the lock its audit trail takes,
     * taken before the change): its changes, their events and its trail's entries are made one after the other.
     */
    public Organisation locked(Organisation organisation) {
        if (entityManager.getLockMode(organisation) != LockModeType.PESSIMISTIC_WRITE) {
            entityManager.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
        }
        return organisation;
    }

    public Organisation organisationOf(Application application) {
        return Organisation.findById(application.organisationId());
    }

    /** An organisation the caller belongs to (or any, for regional staff). */
    public Organisation organisation(UUID organisationId) {
        Organisation organisation = Organisation.findById(organisationId);
        if (organisation != null && (user.isRegionalStaff() || organisation.hasMember(user.subject()))) {
            return organisation;
        }
        throw ProblemException.notFound("Aucune structure " + organisationId + " accessible avec votre compte.");
    }

    /** An organisation the caller belongs to, whatever their roles: to write a file for it. */
    public Organisation organisationAsMember(UUID organisationId) {
        Organisation organisation = Organisation.findById(organisationId);
        if (organisation != null && organisation.hasMember(user.subject())) {
            return organisation;
        }
        throw ProblemException.notFound("Aucune structure " + organisationId + " dont vous êtes membre.");
    }

    private Application find(UUID applicationId) {
        Application application = Application.findById(applicationId);
        if (application == null) {
            throw notFound(applicationId);
        }
        // The file goes on to a page, a view or a letter, possibly after the transaction: whole.
        return FileCollections.loaded(application);
    }

    private static ProblemException notFound(UUID applicationId) {
        return ProblemException.notFound("Aucun dossier " + applicationId + " accessible avec votre compte.");
    }
}
