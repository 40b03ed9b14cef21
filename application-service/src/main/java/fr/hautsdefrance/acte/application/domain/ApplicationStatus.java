package fr.hautsdefrance.acte.application.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a file (dossier) stands; each status knows which statuses may follow it. Its French name is in
 * the service's message bundle ({@code applicationStatus_$…}).
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    INFO_REQUESTED,
    ASSESSED,
    IN_COMMITTEE,
    APPROVED,
    REJECTED,
    /** The beneficiary accepted the agreement; it awaits the Region's countersignature. */
    AGREEMENT_ACCEPTED,
    /** Signed by both parties: the advance may be requested. */
    AGREEMENT_SIGNED,
    CLOSED,
    WITHDRAWN,
    LAPSED,
    /** Classement sans suite: closed as incomplete, the requested pieces not received in time. */
    CLOSED_AS_INCOMPLETE;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            // REJECTED before the committee: declared inadmissible by the administration (irrecevabilité).
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(INFO_REQUESTED, ASSESSED, REJECTED, WITHDRAWN);
            case INFO_REQUESTED -> EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN, CLOSED_AS_INCOMPLETE);
            case ASSESSED -> EnumSet.of(IN_COMMITTEE, UNDER_REVIEW, WITHDRAWN);
            // ASSESSED again: not voted when its session closed, the file waits for a later one.
            case IN_COMMITTEE -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN, ASSESSED);
            case APPROVED -> EnumSet.of(AGREEMENT_ACCEPTED, LAPSED);
            case AGREEMENT_ACCEPTED -> EnumSet.of(AGREEMENT_SIGNED, LAPSED);
            case AGREEMENT_SIGNED -> EnumSet.of(CLOSED, LAPSED);
            case REJECTED, CLOSED, WITHDRAWN, LAPSED, CLOSED_AS_INCOMPLETE -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** While a file is complete and undecided, silence runs towards an implicit rejection. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == ASSESSED || this == IN_COMMITTEE;
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }
}
