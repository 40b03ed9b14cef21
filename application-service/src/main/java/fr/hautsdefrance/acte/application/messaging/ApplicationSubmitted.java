package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payload of {@code application.submitted}: everything the eligibility rules need, and who to tell. */
public record ApplicationSubmitted(UUID applicationId, String reference, String title, String submittedBy,
        OffsetDateTime submittedAt, Applicant applicant, Project project, List<Expense> expenses,
        BigDecimal requestedAmount) {

    public record Applicant(ApplicantType type, LegalForm legalForm, String siren, List<String> memberSirens,
            BigDecimal deMinimisReceived) {
    }

    public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv, List<Partner> partners) {
    }

    public record Partner(String name, PartnerCategory category) {
    }

    public record Expense(ExpenseCategory category, String label, BigDecimal amount) {
    }

    public static ApplicationSubmitted of(Application application, String submittedBy) {
        return new ApplicationSubmitted(application.id, application.reference, application.title, submittedBy,
                application.submittedAt(),
                new Applicant(application.applicantType, application.legalForm, application.siren,
                        List.copyOf(application.memberSirens),
                        application.deMinimisReceived == null ? BigDecimal.ZERO : application.deMinimisReceived),
                new Project(application.stage, List.copyOf(application.communeCodes), application.rural,
                        application.qpv,
                        application.partners.stream().map(p -> new Partner(p.name, p.category)).toList()),
                application.expenses.stream().map(e -> new Expense(e.category, e.label == null ? "" : e.label, e.amount))
                        .toList(),
                application.requestedAmount);
    }
}
