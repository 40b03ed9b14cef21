package fr.hautsdefrance.acte.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A line of an expense statement: what the beneficiary declares, then what the officer accepts. */
@Embeddable
public class ExpenseLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExpenseCategory category;

    @Column(nullable = false)
    public String label;

    @Column(name = "realised_amount", nullable = false)
    public BigDecimal realisedAmount;

    /** References of the supporting documents (invoices, pay slips…) as the beneficiary gave them. */
    @Convert(converter = ReferenceListConverter.class)
    @Column(name = "supporting_documents", nullable = false)
    public List<String> supportingDocuments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineDecision decision;

    @Column(name = "accepted_amount")
    public BigDecimal acceptedAmount;

    @Column(name = "officer_comment")
    public String officerComment;

    protected ExpenseLine() {
    }

    public ExpenseLine(ExpenseCategory category, String label, BigDecimal realisedAmount, List<String> documents) {
        this.category = category;
        this.label = label;
        this.realisedAmount = MoneyRules.euros(realisedAmount);
        this.supportingDocuments = new ArrayList<>(documents);
        this.decision = LineDecision.PENDING;
    }

    /** The line with its decision, for a payment issued again. */
    public ExpenseLine copy() {
        ExpenseLine copy = new ExpenseLine(category, label, realisedAmount, supportingDocuments);
        copy.decision = decision;
        copy.acceptedAmount = acceptedAmount;
        copy.officerComment = officerComment;
        return copy;
    }
}
