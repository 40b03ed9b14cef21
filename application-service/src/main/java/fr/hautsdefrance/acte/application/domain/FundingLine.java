package fr.hautsdefrance.acte.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A resource of the financing plan (ligne de recette / cofinancement). */
@Embeddable
public class FundingLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingSource source;

    public String label;

    @Column(nullable = false)
    public BigDecimal amount;

    protected FundingLine() {
    }

    public FundingLine(FundingSource source, String label, BigDecimal amount) {
        this.source = source;
        this.label = label;
        this.amount = amount;
    }
}
