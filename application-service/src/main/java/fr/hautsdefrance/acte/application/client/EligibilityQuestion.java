package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;

import java.math.BigDecimal;
import java.util.List;

/** The body of eligibility-service's assessment request, built from a file. */
public record EligibilityQuestion(Applicant applicant, Project project, List<Expense> expenses,
        BigDecimal requestedAmount, String ruleSetVersion) {

    public record Applicant(ApplicantType type, LegalForm legalForm, String siren, List<String> memberSirens,
            BigDecimal deMinimisReceived) {
    }

    /** {@code rural} is no longer declared (the rules read the density grid); {@code ruralCorrection} is the Region's. */
    public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv, List<Partner> partners,
            Boolean ruralCorrection) {
    }

    public record Partner(String name, PartnerCategory category) {
    }

    public record Expense(ExpenseCategory category, String label, BigDecimal amount) {
    }

    static EligibilityQuestion of(Application a, String ruleSetVersion) {
        return new EligibilityQuestion(
                new Applicant(a.applicantType(), a.legalForm(), a.siren(), List.copyOf(a.memberSirens()),
                        a.deMinimisReceived() == null ? BigDecimal.ZERO : a.deMinimisReceived()),
                new Project(a.stage(), List.copyOf(a.communeCodes()), false, a.qpv(),
                        a.partners().stream().map(p -> new Partner(p.name, p.category)).toList(), a.ruralCorrection()),
                a.expenses().stream().map(e -> new Expense(e.category, e.label, e.amount)).toList(),
                a.requestedAmount() == null ? BigDecimal.ZERO : a.requestedAmount(), ruleSetVersion);
    }
}
