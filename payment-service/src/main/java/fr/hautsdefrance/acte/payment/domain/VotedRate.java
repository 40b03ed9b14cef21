package fr.hautsdefrance.acte.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The voted rate (taux voté): the award the Commission permanente voted divided by the planned
 * eligible base. It is kept as that fraction, never as a rounded decimal: 40,000 € on 60,000 € is
 * exactly two thirds, and the agreement's clause, {@code min(award, voted rate × accepted base)}
 * floored to the cent, is computed from the fraction in one division.
 *
 * @param award        the amount voted (euros, cents)
 * @param plannedBase  the planned eligible base the vote was made on (euros, cents)
 */
public record VotedRate(BigDecimal award, BigDecimal plannedBase) {

    /** Decimals shown when the rate is written as a number (events, API); the amounts never use it. */
    public static final int SHOWN_DECIMALS = 10;

    public VotedRate {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(plannedBase, "plannedBase");
        if (award.signum() <= 0) {
            throw new PaymentRuleException("awardedAmount", "le montant attribué doit être positif");
        }
        if (plannedBase.signum() <= 0) {
            throw new PaymentRuleException("plannedEligibleBase", "l'assiette éligible prévue doit être positive");
        }
        if (award.compareTo(plannedBase) > 0) {
            throw new PaymentRuleException("awardedAmount", "le montant attribué ("
                    + MoneyRules.french(MoneyRules.euros(award)) + ") dépasse l'assiette éligible prévue ("
                    + MoneyRules.french(MoneyRules.euros(plannedBase)) + ")");
        }
    }

    public static VotedRate of(BigDecimal award, BigDecimal plannedBase) {
        return new VotedRate(award, plannedBase);
    }

    /** voted rate × base, floored to the cent, computed exactly (one division of exact decimals). */
    public BigDecimal times(BigDecimal base) {
        return award.multiply(base).divide(plannedBase, 2, RoundingMode.DOWN);
    }

    /** The rate as a number, for display: {@value #SHOWN_DECIMALS} decimals at most, trailing zeros dropped. */
    public BigDecimal shown() {
        BigDecimal rate = award.divide(plannedBase, SHOWN_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }

    /** Whether {@code declared} (a rate an event carried) is this rate up to the decimals it was written with. */
    public boolean agreesWith(BigDecimal declared) {
        int scale = Math.max(declared.scale(), 0);
        BigDecimal exactAtThatScale = award.divide(plannedBase, scale, RoundingMode.HALF_EVEN);
        BigDecimal oneUnit = BigDecimal.ONE.movePointLeft(scale);
        return exactAtThatScale.subtract(declared).abs().compareTo(oneUnit) <= 0;
    }
}
