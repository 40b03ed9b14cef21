package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Conflicts of interest and separation of duties on a file (ACTE.md): a member of the staff who
 * belongs to the applicant organisation takes no part in its instruction, vote or payments
 * (déport); the person who assessed a file does not record its vote. Checked here, on the server,
 * whatever a page shows; every refusal is kept in the file's audit trail.
 */
@ApplicationScoped
public class Impartiality {

    /** The staff's steps on a file, as the audit trail names them. */
    public enum Step { ASSIGNMENT, LABELLING, REVIEW, INFORMATION_REQUEST, MESSAGE, ANNOTATION, CORRECTION, ASSESSMENT,
        REOPENING, SCHEDULING, VOTE, DECISION, COUNTERSIGNATURE }

    static final String CONFLICT_OF_INTEREST = "REFUSED_CONFLICT_OF_INTEREST";
    static final String SEPARATION_OF_DUTIES = "REFUSED_SEPARATION_OF_DUTIES";

    private final Access access;
    private final AuditTrail audit;
    private final CurrentUser user;

    @Inject
    public Impartiality(Access access, AuditTrail audit, CurrentUser user) {
        this.access = access;
        this.audit = audit;
        this.user = user;
    }

    /** What the trail keeps of a refused attempt. */
    record Attempt(Step step, String reason) {
    }

    /** A file the caller, a member of the staff, acts on: not one of an organisation they belong to. */
    public Application fileToActOn(UUID applicationId, Step step) {
        Application application = access.readable(applicationId);
        Organisation organisation = access.organisationOf(application);
        if (organisation.hasMember(user.subject())) {
            audit.recordRefusal(applicationId, user.subject(), CONFLICT_OF_INTEREST,
                    new Attempt(step, "member of organisation " + organisation.id()));
            throw ProblemException.forbidden("Vous êtes membre de la structure « " + organisation.name() + " » qui porte "
                    + "ce dossier : vous ne pouvez prendre part ni à son instruction, ni à son vote, ni à ses "
                    + "versements (déport). Demandez à un·e collègue de s'en charger ; votre tentative est "
                    + "enregistrée dans l'historique du dossier.");
        }
        return application;
    }

    /** The vote on a file is recorded by someone other than the person who assessed it. */
    public void ensureNotItsAssessor(Application application, Step step) {
        if (user.subject().equals(application.assessedBy())) {
            audit.recordRefusal(application.id(), user.subject(), SEPARATION_OF_DUTIES,
                    new Attempt(step, "assessed the file"));
            throw ProblemException.forbidden("Vous avez rédigé l'analyse de ce dossier " + application.reference()
                    + " : son vote doit être enregistré par un·e autre responsable (séparation des tâches). Votre "
                    + "tentative est enregistrée dans l'historique du dossier.");
        }
    }
}
