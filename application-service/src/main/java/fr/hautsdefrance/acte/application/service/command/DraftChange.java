package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.Application;

import java.time.LocalDate;

/**
 * A change an applicant makes to their draft: the whole content at once (the API's save) or one step of
 * the portal's form. Validated where {@code ApplicationService.updateDraft} receives it; it then says
 * what it means to the draft through the draft's own methods, which keep its rules.
 */
public sealed interface DraftChange permits DraftContent, DescribeProject, NamePartners, PlanBudget, PlanFunding, DraftSteps {

    /** Applies the change; {@code today} dates the de minimis window. */
    void applyTo(Application draft, LocalDate today);
}
