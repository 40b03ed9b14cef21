package fr.hautsdefrance.acte.eligibility.rest;

import fr.hautsdefrance.acte.eligibility.domain.ApplicantType;
import fr.hautsdefrance.acte.eligibility.domain.EligibilityInput;
import fr.hautsdefrance.acte.eligibility.domain.ExpenseCategory;
import fr.hautsdefrance.acte.eligibility.domain.LegalForm;
import fr.hautsdefrance.acte.eligibility.domain.PartnerCategory;
import fr.hautsdefrance.acte.eligibility.domain.Stage;
import fr.hautsdefrance.acte.web.validation.Siren;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /api/v1/eligibility/assessments}: the public simulator's question; with a
 * {@code ruleSetVersion} (a call's rules) it is answered with that version instead of the one in force.
 */
public record AssessmentRequest(
        @NotNull(message = "indiquez qui dépose la demande") @Valid Applicant applicant,
        @NotNull(message = "décrivez le projet") @Valid Project project,
        @NotNull(message = "indiquez les lignes de dépenses du budget")
        @Size(max = 500, message = "500 lignes de dépenses au plus") List<@NotNull @Valid Expense> expenses,
        @NotNull(message = "indiquez le montant demandé")
        @DecimalMin(value = "0.00", message = "le montant demandé ne peut pas être négatif")
        @DecimalMax(value = "100000000", message = "montant invraisemblable")
        @Digits(integer = 9, fraction = 2, message = "deux décimales au plus") BigDecimal requestedAmount,
        @Size(max = 32, message = "32 caractères au plus") String ruleSetVersion) {

    public record Applicant(
            @NotNull(message = "indiquez le type de porteur") ApplicantType type,
            @NotNull(message = "indiquez la forme juridique") LegalForm legalForm,
            @NotNull(message = "indiquez le numéro SIREN") @Siren String siren,
            @Size(max = 100, message = "100 membres au plus") List<@NotNull @Siren String> memberSirens,
            @DecimalMin(value = "0.00", message = "le montant ne peut pas être négatif")
            @DecimalMax(value = "100000000", message = "montant invraisemblable")
            @Digits(integer = 9, fraction = 2, message = "deux décimales au plus") BigDecimal deMinimisReceived) {
    }

    public record Project(
            @NotNull(message = "indiquez le niveau de maturité du projet") Stage stage,
            @NotNull(message = "indiquez au moins une commune") @Size(max = 400)
            List<@Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "code INSEE de commune attendu (5 caractères)") String> communeCodes,
            boolean rural,
            boolean qpv,
            @Size(max = 100) List<@NotNull @Valid Partner> partners,
            Boolean ruralCorrection) {
    }

    public record Partner(@NotBlank(message = "indiquez le nom du partenaire") @Size(max = 200) String name,
            @NotNull(message = "indiquez la catégorie du partenaire") PartnerCategory category) {
    }

    public record Expense(@NotNull(message = "indiquez la catégorie de dépense") ExpenseCategory category,
            @Size(max = 300) String label,
            @NotNull(message = "indiquez le montant")
            @DecimalMin(value = "0.00", message = "le montant ne peut pas être négatif")
            @DecimalMax(value = "100000000", message = "montant invraisemblable")
            @Digits(integer = 9, fraction = 2, message = "deux décimales au plus") BigDecimal amount) {
    }

    EligibilityInput toInput() {
        return new EligibilityInput(
                new EligibilityInput.Applicant(applicant.type(), applicant.legalForm(), applicant.siren(),
                        applicant.memberSirens(), applicant.deMinimisReceived()),
                new EligibilityInput.Project(project.stage(), project.communeCodes(), project.rural(), project.qpv(),
                        project.partners() == null ? List.of()
                                : project.partners().stream()
                                        .map(p -> new EligibilityInput.Partner(p.name(), p.category())).toList(),
                        project.ruralCorrection()),
                expenses.stream().map(e -> new EligibilityInput.ExpenseLine(e.category(), e.label(), e.amount())).toList(),
                requestedAmount);
    }
}
