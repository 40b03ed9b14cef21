package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's status badge is coloured by what the status means: a refusal never looks like a grant. */
class StatusBadgeToneTest {

    @Test
    void a_refused_or_ended_file_is_negative_a_granted_one_positive_and_one_awaiting_the_applicant_asks_for_action() {
        assertThat(PortalExtensions.tone(ApplicationStatus.REJECTED)).isEqualTo("negative");
        assertThat(PortalExtensions.tone(ApplicationStatus.CLOSED_AS_INCOMPLETE)).isEqualTo("negative");
        assertThat(PortalExtensions.tone(ApplicationStatus.APPROVED)).isEqualTo("positive");
        assertThat(PortalExtensions.tone(ApplicationStatus.AGREEMENT_SIGNED)).isEqualTo("positive");
        assertThat(PortalExtensions.tone(ApplicationStatus.INFO_REQUESTED)).isEqualTo("action");
        assertThat(PortalExtensions.tone(ApplicationStatus.UNDER_REVIEW)).isEqualTo("neutral");
    }
}
