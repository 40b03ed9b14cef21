package fr.hautsdefrance.acte.application.domain;

/** The file is not in a status that allows this action. */
public class IllegalTransitionException extends RuntimeException {

    private final ApplicationStatus from;
    private final ApplicationStatus to;

    public IllegalTransitionException(ApplicationStatus from, ApplicationStatus to) {
        super("Le dossier est au statut « " + from.french() + " » : il ne peut pas passer au statut « " + to.french()
                + " ».");
        this.from = from;
        this.to = to;
    }

    public ApplicationStatus from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }
}
