package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.FundingLine;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A line of the financing plan (resources). */
public record FundingEntry(
        @NotNull(message = "Choisissez l'origine de la ressource.") FundingSource source,
        @Size(max = 300, message = "Le libellé ne doit pas dépasser 300 caractères.") String label,
        @NotNull(message = "Indiquez le montant.") @DraftConstraints.Amount BigDecimal amount) {

    FundingLine toLine() {
        return new FundingLine(source, label, amount);
    }
}
