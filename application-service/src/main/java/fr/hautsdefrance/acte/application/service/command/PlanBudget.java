package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.Application;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The budget step: the project's expenses, line by line. */
public record PlanBudget(
        @Size(max = 500, message = "500 lignes de dépenses au plus.")
        List<@NotNull(message = "Ligne vide.") @Valid ExpenseEntry> expenses) implements DraftChange {

    public PlanBudget {
        expenses = Commands.copy(expenses);
    }

    @Override
    public void applyTo(Application draft, LocalDate today) {
        draft.planBudget(expenses.stream().map(ExpenseEntry::toLine).toList());
    }
}
