package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.ExpenseLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A line of the project's budget (expenses). */
public record ExpenseEntry(
        @NotNull(message = "Choisissez la nature de la dépense.") ExpenseCategory category,
        @Size(max = 300, message = "Le libellé ne doit pas dépasser 300 caractères.") String label,
        @NotNull(message = "Indiquez le montant.") @DraftConstraints.Amount BigDecimal amount) {

    ExpenseLine toLine() {
        return new ExpenseLine(category, label, amount);
    }
}
