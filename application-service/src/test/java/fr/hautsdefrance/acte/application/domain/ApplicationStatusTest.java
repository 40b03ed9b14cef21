package fr.hautsdefrance.acte.application.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "DRAFT, SUBMITTED", "SUBMITTED, UNDER_REVIEW", "SUBMITTED, WITHDRAWN", "UNDER_REVIEW, INFO_REQUESTED",
            "INFO_REQUESTED, UNDER_REVIEW", "UNDER_REVIEW, ASSESSED", "ASSESSED, IN_COMMITTEE",
            "ASSESSED, UNDER_REVIEW", "IN_COMMITTEE, APPROVED", "IN_COMMITTEE, REJECTED", "SUBMITTED, REJECTED",
            "UNDER_REVIEW, REJECTED", "INFO_REQUESTED, REJECTED",
            "APPROVED, AGREEMENT_ACCEPTED", "AGREEMENT_ACCEPTED, AGREEMENT_SIGNED", "AGREEMENT_SIGNED, CLOSED",
            "APPROVED, LAPSED", "AGREEMENT_ACCEPTED, LAPSED", "IN_COMMITTEE, WITHDRAWN", "IN_COMMITTEE, ASSESSED"})
    void the_lifecycle_allows_each_documented_step(ApplicationStatus from, ApplicationStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1} refused")
    @CsvSource({
            "DRAFT, APPROVED", "DRAFT, UNDER_REVIEW", "SUBMITTED, APPROVED", "UNDER_REVIEW, APPROVED",
            "ASSESSED, APPROVED", "REJECTED, APPROVED", "APPROVED, WITHDRAWN", "AGREEMENT_SIGNED, APPROVED",
            "WITHDRAWN, SUBMITTED", "IN_COMMITTEE, INFO_REQUESTED", "APPROVED, AGREEMENT_SIGNED",
            "AGREEMENT_ACCEPTED, CLOSED"})
    void no_step_can_be_skipped_nor_taken_back(ApplicationStatus from, ApplicationStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "CLOSED", "WITHDRAWN", "LAPSED"})
    void final_statuses_lead_nowhere(ApplicationStatus status) {
        assertThat(status.next()).isEmpty();
    }
}
