package fr.hautsdefrance.acte.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A line of the budget voted with the award: what realised expenses are compared with. */
@Embeddable
public class PlannedExpense {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExpenseCategory category;

    @Column(nullable = false)
    public BigDecimal amount;

    protected PlannedExpense() {
    }

    public PlannedExpense(ExpenseCategory category, BigDecimal amount) {
        this.category = category;
        this.amount = amount;
    }
}
