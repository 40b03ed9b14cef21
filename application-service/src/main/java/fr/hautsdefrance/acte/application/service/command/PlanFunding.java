package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.Application;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The funding step: the financing plan, the amount asked of the Region, and the de minimis aid the
 * organisation declares it received (each one), certified.
 */
public record PlanFunding(
        @Size(max = 50, message = "50 lignes de recettes au plus.")
        List<@NotNull(message = "Ligne vide.") @Valid FundingEntry> funding,
        @DraftConstraints.Amount BigDecimal requestedAmount,
        @Size(max = 50, message = "50 aides de minimis au plus.")
        List<@NotNull(message = "Ligne vide.") @Valid DeMinimisEntry> deMinimisAids,
        boolean deMinimisCertified) implements DraftChange {

    public PlanFunding {
        funding = Commands.copy(funding);
        deMinimisAids = Commands.copy(deMinimisAids);
    }

    @Override
    public void applyTo(Application draft, LocalDate today) {
        draft.planFunding(funding.stream().map(FundingEntry::toLine).toList(), requestedAmount);
        draft.declareDeMinimis(deMinimisAids.stream().map(DeMinimisEntry::toAid).toList(), deMinimisCertified, today);
    }
}
