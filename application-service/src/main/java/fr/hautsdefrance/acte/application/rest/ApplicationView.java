package fr.hautsdefrance.acte.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.EligibilityResult;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A file as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(UUID id, String reference, ApplicationStatus status, String title,
        Applicant applicant, Project project, List<Expense> expenses, BigDecimal requestedAmount,
        OffsetDateTime createdAt, OffsetDateTime submittedAt, Eligibility eligibility, long version) {

    public record Applicant(ApplicantType type, LegalForm legalForm, String siren, List<String> memberSirens,
            BigDecimal deMinimisReceived) {
    }

    public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv, List<Partner> partners) {
    }

    public record Partner(String name, PartnerCategory category) {
    }

    public record Expense(ExpenseCategory category, String label, BigDecimal amount) {
    }

    public record Eligibility(UUID assessmentId, boolean eligible, String ruleSet, BigDecimal maxGrant,
            OffsetDateTime assessedAt) {

        static Eligibility of(EligibilityResult result) {
            return result == null || result.assessmentId == null ? null
                    : new Eligibility(result.assessmentId, result.eligible, result.ruleSet, result.maxGrant,
                            result.assessedAt);
        }
    }

    static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.reference, a.status(), a.title,
                new Applicant(a.applicantType, a.legalForm, a.siren, List.copyOf(a.memberSirens), a.deMinimisReceived),
                new Project(a.stage, List.copyOf(a.communeCodes), a.rural, a.qpv,
                        a.partners.stream().map(p -> new Partner(p.name, p.category)).toList()),
                a.expenses.stream().map(e -> new Expense(e.category, e.label, e.amount)).toList(),
                a.requestedAmount, a.createdAt, a.submittedAt(), Eligibility.of(a.eligibility()), a.version);
    }
}
