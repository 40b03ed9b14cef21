package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.DeMinimisAid;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.ExpenseLine;
import fr.hautsdefrance.acte.application.domain.FundingLine;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import fr.hautsdefrance.acte.application.domain.Partner;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The content of a draft. Everything but the title may still be missing: a draft is saved as the
 * applicant goes; completeness is checked at submission. {@code organisationId} (and optionally
 * {@code callId}) when creating; {@code version}, the one last read, when saving.
 */
public record ApplicationDraftRequest(
        UUID organisationId,
        UUID callId,
        Long version,
        @NotBlank(message = "donnez un titre au projet") @Size(max = 200, message = "200 caractères au plus") String title,
        @Size(max = 4000, message = "4 000 caractères au plus") String summary,
        @Valid Project project,
        @Size(max = 500, message = "500 lignes de dépenses au plus") List<@NotNull @Valid Expense> expenses,
        @Size(max = 50, message = "50 lignes de recettes au plus") List<@NotNull @Valid Funding> funding,
        @Amount BigDecimal requestedAmount,
        @Amount BigDecimal deMinimisReceived,
        @Size(max = 50, message = "50 aides de minimis au plus") List<@NotNull @Valid DeMinimisEntry> deMinimisAids,
        Boolean deMinimisCertified) {

    /**
     * A de minimis aid received: who granted it, when (within the last three years counts), how much,
     * under which regulation (e.g. "(UE) 2023/2831").
     */
    public record DeMinimisEntry(@NotBlank(message = "indiquez qui a accordé l'aide") @Size(max = 200) String grantor,
            @NotNull(message = "indiquez la date d'octroi de l'aide")
            @jakarta.validation.constraints.PastOrPresent(message = "une aide reçue a une date passée") LocalDate grantedOn,
            @NotNull(message = "indiquez le montant de l'aide") @Amount BigDecimal amount,
            @Size(max = 100) String regulation) {
    }

    public record Project(Stage stage,
            @Size(max = 400, message = "400 communes au plus")
            List<@NotNull @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "code INSEE de commune attendu (5 caractères)") String> communeCodes,
            boolean rural, boolean qpv,
            LocalDate startDate, LocalDate endDate,
            @Size(max = 100, message = "100 partenaires au plus") List<@NotNull @Valid PartnerEntry> partners,
            @Pattern(regexp = "Q[A-Z0-9]{5,9}", message = "code de quartier prioritaire attendu, par exemple QN06201I")
            String qpvCode,
            @Size(max = 200, message = "200 caractères au plus") String qpvName) {
    }

    public record PartnerEntry(@NotBlank(message = "indiquez le nom du partenaire") @Size(max = 200) String name,
            @NotNull(message = "indiquez la catégorie du partenaire") PartnerCategory category,
            @Size(max = 300) String role,
            UUID commitmentDocumentId) {
    }

    public record Expense(@NotNull(message = "indiquez la catégorie de dépense") ExpenseCategory category,
            @Size(max = 300) String label,
            @NotNull(message = "indiquez le montant") @Amount BigDecimal amount) {
    }

    public record Funding(@NotNull(message = "indiquez l'origine de la recette") FundingSource source,
            @Size(max = 300) String label,
            @NotNull(message = "indiquez le montant") @Amount BigDecimal amount) {
    }

    /** Euros: positive, at most two decimals, plausible for a regional grant file. */
    @java.lang.annotation.Target({java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.FIELD,
            java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.METHOD})
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = {})
    @DecimalMin(value = "0.00", message = "le montant ne peut pas être négatif")
    @DecimalMax(value = "100000000", message = "montant invraisemblable")
    @Digits(integer = 9, fraction = 2, message = "deux décimales au plus")
    public @interface Amount {
        String message() default "montant invalide";

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }

    /**
     * {@code deMinimisReceived} is the sum the platform computes from {@code deMinimisAids}: a client that
     * still sends a total must declare each aid instead.
     */
    void ensureDeMinimisDeclaredAidByAid() {
        boolean totalOnly = deMinimisReceived != null && deMinimisReceived.signum() > 0
                && (deMinimisAids == null || deMinimisAids.isEmpty());
        if (totalOnly) {
            throw fr.hautsdefrance.acte.web.problem.ProblemException.invalidField("deMinimisReceived", "Déclarez chaque aide "
                    + "de minimis reçue (deMinimisAids : organisme, date, montant, règlement) : le total sur trois ans "
                    + "en est calculé.");
        }
    }

    /** Replaces the draft's content with this one. */
    void applyTo(Application application, LocalDate today) {
        ensureDeMinimisDeclaredAidByAid();
        application.title = title;
        application.summary = summary;
        application.declareDeMinimis(deMinimisAids == null ? List.of() : deMinimisAids.stream()
                        .map(a -> new DeMinimisAid(a.grantor(), a.grantedOn(), a.amount(), a.regulation())).toList(),
                Boolean.TRUE.equals(deMinimisCertified), today);
        application.requestedAmount = requestedAmount;
        application.communeCodes.clear();
        application.partners.clear();
        if (project == null) {
            application.nameQpv(false, null, null);
        } else {
            application.stage = project.stage();
            if (project.communeCodes() != null) {
                application.communeCodes.addAll(project.communeCodes());
            }
            // Rural is not declared: the rules read it from INSEE's density grid (project.rural() is ignored).
            application.nameQpv(project.qpv(), project.qpvCode(), project.qpvName());
            application.startDate = project.startDate();
            application.endDate = project.endDate();
            if (project.partners() != null) {
                project.partners().forEach(p -> application.partners.add(
                        new Partner(p.name(), p.category(), p.role(), p.commitmentDocumentId())));
            }
        }
        application.expenses.clear();
        if (expenses != null) {
            expenses.forEach(e -> application.expenses.add(new ExpenseLine(e.category(), e.label(), e.amount())));
        }
        application.funding.clear();
        if (funding != null) {
            funding.forEach(f -> application.funding.add(new FundingLine(f.source(), f.label(), f.amount())));
        }
    }
}
