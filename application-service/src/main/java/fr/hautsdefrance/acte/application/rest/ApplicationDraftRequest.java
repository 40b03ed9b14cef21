package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.ExpenseLine;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.Partner;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
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
 * The content of a draft. Everything but the title may still be missing: a draft is saved as the
 * applicant goes; completeness is checked at submission.
 */
public record ApplicationDraftRequest(
        @NotBlank(message = "donnez un titre au projet") @Size(max = 200, message = "200 caractères au plus") String title,
        @Valid Applicant applicant,
        @Valid Project project,
        @Size(max = 500, message = "500 lignes de dépenses au plus") List<@NotNull @Valid Expense> expenses,
        @DecimalMin(value = "0.00", message = "le montant demandé ne peut pas être négatif")
        @DecimalMax(value = "100000000", message = "montant invraisemblable")
        @Digits(integer = 9, fraction = 2, message = "deux décimales au plus") BigDecimal requestedAmount) {

    public record Applicant(ApplicantType type, LegalForm legalForm,
            @Siren String siren,
            @Size(max = 100, message = "100 membres au plus") List<@NotNull @Siren String> memberSirens,
            @DecimalMin(value = "0.00", message = "le montant ne peut pas être négatif")
            @Digits(integer = 9, fraction = 2, message = "deux décimales au plus") BigDecimal deMinimisReceived) {
    }

    public record Project(Stage stage,
            @Size(max = 400) List<@Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "code INSEE de commune attendu (5 caractères)") String> communeCodes,
            boolean rural, boolean qpv,
            @Size(max = 100) List<@NotNull @Valid PartnerEntry> partners) {
    }

    public record PartnerEntry(@NotBlank(message = "indiquez le nom du partenaire") @Size(max = 200) String name,
            @NotNull(message = "indiquez la catégorie du partenaire") PartnerCategory category) {
    }

    public record Expense(@NotNull(message = "indiquez la catégorie de dépense") ExpenseCategory category,
            @Size(max = 300) String label,
            @NotNull(message = "indiquez le montant")
            @DecimalMin(value = "0.00", message = "le montant ne peut pas être négatif")
            @DecimalMax(value = "100000000", message = "montant invraisemblable")
            @Digits(integer = 9, fraction = 2, message = "deux décimales au plus") BigDecimal amount) {
    }

    /** Copies this content onto the draft. */
    void applyTo(Application application) {
        application.title = title;
        if (applicant != null) {
            application.applicantType = applicant.type();
            application.legalForm = applicant.legalForm();
            application.siren = applicant.siren();
            application.memberSirens.clear();
            if (applicant.memberSirens() != null) {
                application.memberSirens.addAll(applicant.memberSirens());
            }
            application.deMinimisReceived = applicant.deMinimisReceived();
        }
        if (project != null) {
            application.stage = project.stage();
            application.communeCodes.clear();
            if (project.communeCodes() != null) {
                application.communeCodes.addAll(project.communeCodes());
            }
            application.rural = project.rural();
            application.qpv = project.qpv();
            application.partners.clear();
            if (project.partners() != null) {
                project.partners().forEach(p -> application.partners.add(new Partner(p.name(), p.category())));
            }
        }
        application.expenses.clear();
        if (expenses != null) {
            expenses.forEach(e -> application.expenses.add(new ExpenseLine(e.category(), e.label(), e.amount())));
        }
        application.requestedAmount = requestedAmount;
    }
}
