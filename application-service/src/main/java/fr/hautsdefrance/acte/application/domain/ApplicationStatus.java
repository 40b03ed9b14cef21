package fr.hautsdefrance.acte.application.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a file (dossier) stands; each status knows which statuses may follow it. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    INFO_REQUESTED,
    ASSESSED,
    IN_COMMITTEE,
    APPROVED,
    REJECTED,
    AGREEMENT_SIGNED,
    CLOSED,
    WITHDRAWN,
    LAPSED;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            // REJECTED before the committee: declared inadmissible by the administration (irrecevabilité).
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(INFO_REQUESTED, ASSESSED, REJECTED, WITHDRAWN);
            case INFO_REQUESTED -> EnumSet.of(UNDER_REVIEW, REJECTED, WITHDRAWN);
            case ASSESSED -> EnumSet.of(IN_COMMITTEE, UNDER_REVIEW, WITHDRAWN);
            case IN_COMMITTEE -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(AGREEMENT_SIGNED, LAPSED);
            case AGREEMENT_SIGNED -> EnumSet.of(CLOSED, LAPSED);
            case REJECTED, CLOSED, WITHDRAWN, LAPSED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }
}
