package fr.hautsdefrance.acte.application.service.command;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole content of a draft, as the API saves it: it replaces what the draft held. Everything but the
 * title may still be missing (completeness is checked at the deposit). Its fields are named as the API's
 * body names them, so that a violation names the field the caller sent.
 */
public record DraftContent(
        @DraftConstraints.Title String title,
        @DraftConstraints.Summary String summary,
        @Valid Project project,
        @Size(max = 500, message = "500 lignes de dépenses au plus.")
        List<@NotNull(message = "Ligne vide.") @Valid ExpenseEntry> expenses,
        @Size(max = 50, message = "50 lignes de recettes au plus.")
        List<@NotNull(message = "Ligne vide.") @Valid FundingEntry> funding,
        @DraftConstraints.Amount BigDecimal requestedAmount,
        @Size(max = 50, message = "50 aides de minimis au plus.")
        List<@NotNull(message = "Ligne vide.") @Valid DeMinimisEntry> deMinimisAids,
        boolean deMinimisCertified) implements DraftChange {

    public DraftContent {
        project = project == null ? Project.NONE : project;
        expenses = Commands.copy(expenses);
        funding = Commands.copy(funding);
        deMinimisAids = Commands.copy(deMinimisAids);
    }

    /**
     * Where and when, and with whom. {@code rural} is still accepted from older clients and ignored: the
     * rules read it from INSEE's density grid.
     */
    @JsonIgnoreProperties("rural")
    public record Project(
            Stage stage,
            @Size(max = 400, message = "400 communes au plus.")
            List<@NotNull(message = "Indiquez la commune.") @DraftConstraints.CommuneCode String> communeCodes,
            boolean qpv,
            @DraftConstraints.QpvCode String qpvCode,
            @DraftConstraints.QpvName String qpvName,
            LocalDate startDate,
            LocalDate endDate,
            @Size(max = 100, message = "100 partenaires au plus.")
            List<@NotNull(message = "Ligne vide.") @Valid PartnerEntry> partners) {

        static final Project NONE = new Project(null, List.of(), false, null, null, null, null, List.of());

        public Project {
            communeCodes = Commands.copy(communeCodes);
            partners = Commands.copy(partners);
        }
    }

    /** The draft's content, step by step: the portal's steps are the same changes. */
    @Override
    public void applyTo(Application draft, LocalDate today) {
        new DescribeProject(title, summary, project.stage(), project.communeCodes(), project.qpv(), project.qpvCode(),
                project.qpvName(), project.startDate(), project.endDate()).applyTo(draft, today);
        new NamePartners(project.partners()).applyTo(draft, today);
        new PlanBudget(expenses).applyTo(draft, today);
        new PlanFunding(funding, requestedAmount, deMinimisAids, deMinimisCertified).applyTo(draft, today);
    }
}
