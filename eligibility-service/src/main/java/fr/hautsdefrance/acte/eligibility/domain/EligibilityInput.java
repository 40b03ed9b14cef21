package fr.hautsdefrance.acte.eligibility.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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

    /**
     * Where and with whom. Rural is not declared: the rules read it from the grille communale de
     * densité for the main commune, unless the Region corrected it ({@code ruralCorrection}); {@code rural}
     * is what an older client declared, kept and ignored. {@code qpv}: a priority neighbourhood named
     * by the applicant, or as the officer confirmed or corrected it. Other fields a producer adds (the
     * neighbourhood's code and name) are not the rules' business.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv, List<Partner> partners,
            Boolean ruralCorrection) {

        public Project {
            communeCodes = List.copyOf(communeCodes);
            partners = partners == null ? List.of() : List.copyOf(partners);
        }

        public Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv, List<Partner> partners) {
            this(stage, communeCodes, rural, qpv, partners, null);
        }
    }

    public record Partner(String name, PartnerCategory category) {
    }

    public record ExpenseLine(ExpenseCategory category, String label, BigDecimal amount) {
    }
}
