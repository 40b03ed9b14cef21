package fr.hautsdefrance.acte.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A budget line (ligne de dépense): a category and an amount in euros. */
@Embeddable
public class ExpenseLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExpenseCategory category;

    public String label;

    @Column(nullable = false)
    public BigDecimal amount;

    protected ExpenseLine() {
    }

    public ExpenseLine(ExpenseCategory category, String label, BigDecimal amount) {
        this.category = category;
        this.label = label;
        this.amount = amount;
    }
}
