package fr.hautsdefrance.acte.application.domain;

import fr.hautsdefrance.acte.application.domain.event.DomainEvent;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transition returns the events it causes, for the service to store with it; a refused one causes none. */
class DomainEventsTest {

    @Test
    void a_deposit_returns_the_submitted_event_with_the_calls_rule_set() {
        Organisation organisation = Files.association();
        Application draft = Files.completeDraft(organisation);

        DomainEvent event = draft.submit(organisation, Files.PERMANENT_CALL,
                Set.copyOf(DocumentType.requiredFor(ApplicantType.ESS_ENTERPRISE, LegalForm.ASSOCIATION)), "owner-1",
                Files.DEPOSIT);

        assertThat(event.type()).isEqualTo("application.submitted");
        assertThat(event.aggregateId()).isEqualTo(draft.id());
        EventPayloads.Submitted submitted = (EventPayloads.Submitted) event.payload();
        assertThat(submitted.call().ruleSetVersion()).isEqualTo("acte-2026.1");
        assertThat(submitted.submittedBy()).isEqualTo("owner-1");
        assertThat(draft.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void an_incomplete_file_is_not_deposited_and_causes_no_event() {
        Organisation organisation = Files.association();
        Application draft = Files.completeDraft(organisation);

        assertThatThrownBy(() -> draft.submit(organisation, Files.PERMANENT_CALL, Set.of(), "owner-1", Files.DEPOSIT))
                .isInstanceOf(IncompleteApplicationException.class);
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void an_inadmissibility_returns_the_event_that_carries_its_reasons() {
        Application file = Files.submitted();
        Files.reviewStarted(file, Files.DEPOSIT.plusDays(1));

        DomainEvent event = file.declareInadmissible(Files.association(), "Le projet ne relève pas de l'ESS.",
                "Claude Martin", LocalDate.of(2026, 12, 10), Files.DEPOSIT.plusDays(9));

        assertThat(event.type()).isEqualTo("application.declared-inadmissible");
        EventPayloads.DeclaredInadmissible declared = (EventPayloads.DeclaredInadmissible) event.payload();
        assertThat(declared.reason()).isEqualTo("Le projet ne relève pas de l'ESS.");
        assertThat(declared.decidedBy()).isEqualTo("Claude Martin");
        assertThat(file.status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void opening_an_unassigned_file_assigns_it_to_the_officer_before_the_review_starts() {
        Application file = Files.submitted();

        List<DomainEvent> events = file.startReview(Files.association(), "officer-1", "Claude Martin",
                "claude.martin@hautsdefrance.fr", Files.DEPOSIT.plusDays(1));

        assertThat(events).extracting(DomainEvent::type)
                .containsExactly("application.officer-assigned", "application.review-started");
        assertThat(file.assignedOfficer()).isEqualTo("officer-1");
        assertThat(file.followers()).contains("officer-1");
    }

    @Test
    void an_answer_is_recorded_on_its_request_and_returns_the_resubmitted_event() {
        Application file = Files.submitted();
        Files.reviewStarted(file, Files.DEPOSIT);
        InformationRequest request = Files.piecesAsked(file, Files.DEPOSIT.plusDays(1));

        DomainEvent event = file.informationProvided(Files.association(), request, "RIB joint.", "owner-1",
                Files.DEPOSIT.plusDays(5));

        assertThat(event.type()).isEqualTo("application.resubmitted");
        EventPayloads.Resubmitted resubmitted = (EventPayloads.Resubmitted) event.payload();
        assertThat(resubmitted.requestId()).isEqualTo(request.id);
        assertThat(resubmitted.answeredAt()).isEqualTo(Files.DEPOSIT.plusDays(5));
        assertThat(request.answer).isEqualTo("RIB joint.");
        assertThat(file.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void a_warning_of_the_implicit_decision_returns_the_days_left() {
        Application file = Files.submitted();

        DomainEvent event = file.implicitDecisionWarned(Files.association(), LocalDate.of(2027, 1, 17),
                Files.DEPOSIT.plusDays(47));

        assertThat(event.type()).isEqualTo("application.implicit-decision-approaching");
        EventPayloads.ImplicitDecisionApproaching warning = (EventPayloads.ImplicitDecisionApproaching) event.payload();
        assertThat(warning.implicitDecisionOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(warning.daysLeft()).isEqualTo(15);
    }
}
