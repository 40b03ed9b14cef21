package fr.hautsdefrance.acte.application.domain;

/**
 * The file is not in a status that allows this action. The statuses say why; people read it worded by the
 * message bundle ({@code illegalTransition}), the message here is for the logs.
 */
public class IllegalTransitionException extends RuntimeException {

    private final ApplicationStatus from;
    private final ApplicationStatus to;

    public IllegalTransitionException(ApplicationStatus from, ApplicationStatus to) {
        super("A file in status " + from + " cannot move to " + to);
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
