package fr.hautsdefrance.acte.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/** The payment rules a grant was opened under (a version of the configuration), kept with the grant. */
@Embeddable
public class ScheduleParameters {

    @Column(name = "rule_version", nullable = false)
    public String ruleVersion;

    @Column(name = "advance_rate", nullable = false)
    public BigDecimal advanceRate;

    @Column(name = "instalment_ceiling", nullable = false)
    public BigDecimal instalmentCeiling;

    @Column(name = "minimum_payment", nullable = false)
    public BigDecimal minimumPayment;

    @Column(name = "validity_months", nullable = false)
    public int validityMonths;

    protected ScheduleParameters() {
    }

    public ScheduleParameters(String ruleVersion, BigDecimal advanceRate, BigDecimal instalmentCeiling,
            BigDecimal minimumPayment, int validityMonths) {
        this.ruleVersion = Objects.requireNonNull(ruleVersion);
        this.advanceRate = Objects.requireNonNull(advanceRate);
        this.instalmentCeiling = Objects.requireNonNull(instalmentCeiling);
        this.minimumPayment = MoneyRules.euros(minimumPayment);
        this.validityMonths = validityMonths;
        if (advanceRate.signum() < 0 || advanceRate.compareTo(instalmentCeiling) > 0
                || instalmentCeiling.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Payment rules " + ruleVersion + ": expected 0 <= advance rate ("
                    + advanceRate + ") <= instalment ceiling (" + instalmentCeiling + ") <= 1");
        }
        if (validityMonths <= 0 || minimumPayment.signum() < 0) {
            throw new IllegalArgumentException("Payment rules " + ruleVersion + ": validity and minimum must be positive");
        }
    }
}
