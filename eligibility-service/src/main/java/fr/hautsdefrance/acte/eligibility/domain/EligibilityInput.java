package fr.hautsdefrance.acte.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

/** What the rules look at: who applies, for which project, with which budget and request. */
public record EligibilityInput(Applicant applicant, Project project, List<ExpenseLine> expenses,
        BigDecimal requestedAmount) {

    public EligibilityInput {
        expenses = List.copyOf(expenses);
    }

    public record Applicant(ApplicantType type, LegalForm legalForm, String siren, List<String> memberSirens,
            BigDecimal deMinimisReceived) {

        public Applicant {
            memberSirens = memberSirens == null ? List.of() : List.copyOf(memberSirens);
            deMinimisReceived = deMinimisReceived == null ? BigDecimal.ZERO : deMinimisReceived;
        }
    }

    public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv, List<Partner> partners) {

        public Project {
            communeCodes = List.copyOf(communeCodes);
            partners = partners == null ? List.of() : List.copyOf(partners);
        }
    }

    public record Partner(String name, PartnerCategory category) {
    }

    public record ExpenseLine(ExpenseCategory category, String label, BigDecimal amount) {
    }
}
