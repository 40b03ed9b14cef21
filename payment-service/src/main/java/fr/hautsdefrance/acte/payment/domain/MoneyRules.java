package fr.hautsdefrance.acte.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The amounts of a grant's payments, in euros with exactly two decimals. Every product is rounded
 * down to the cent: the Region never pays a fraction of a cent more than the rule gives.
 */
public final class MoneyRules {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private MoneyRules() {
    }

    /** An amount in euros with two decimals; more decimals than cents is an error, not a rounding. */
    public static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Rounded down to the cent. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.DOWN);
    }

    /** The advance: advance rate × award. */
    public static BigDecimal advance(BigDecimal awarded, ScheduleParameters rules) {
        return cents(awarded.multiply(rules.advanceRate));
    }

    /**
     * What the grant comes to on an accepted eligible base: the agreement's clause,
     * {@code min(award, voted rate × base)} floored to the cent (proration). The rate is the voted
     * one (award ÷ planned eligible base), never the scheme's ceiling of 50 % or 60 %.
     */
    public static BigDecimal earned(BigDecimal awarded, VotedRate rate, BigDecimal eligibleBase) {
        return euros(awarded).min(rate.times(eligibleBase));
    }

    /** Cumulated payments before the balance never exceed this. */
    public static BigDecimal instalmentCap(BigDecimal awarded, ScheduleParameters rules) {
        return cents(awarded.multiply(rules.instalmentCeiling));
    }

    /**
     * An instalment on a (cumulative) statement whose eligible base is {@code eligibleBase}: what the
     * expenses earn, capped so that cumulated payments stay within the ceiling, less what was paid.
     */
    public static BigDecimal instalment(BigDecimal awarded, VotedRate rate, BigDecimal eligibleBase,
            BigDecimal alreadyPaid, ScheduleParameters rules) {
        BigDecimal reachable = earned(awarded, rate, eligibleBase).min(instalmentCap(awarded, rules));
        return reachable.subtract(alreadyPaid).max(ZERO);
    }

    /** The balance on the final statement: proration of the grant, the amount still due or to recover. */
    public static Balance balance(BigDecimal awarded, VotedRate rate, BigDecimal realisedEligibleBase,
            BigDecimal alreadyPaid) {
        BigDecimal finalAmount = earned(awarded, rate, realisedEligibleBase);
        BigDecimal difference = finalAmount.subtract(euros(alreadyPaid));
        return new Balance(finalAmount, difference.max(ZERO), difference.negate().max(ZERO),
                finalAmount.compareTo(euros(awarded)) < 0);
    }

    /** Whether {@code amount} may be paid: never below the minimum, except the balance. */
    public static boolean belowMinimum(PaymentKind kind, BigDecimal amount, ScheduleParameters rules) {
        return kind != PaymentKind.BALANCE && amount.compareTo(rules.minimumPayment) < 0;
    }

    /**
     * @param finalAmount the grant as earned on the realised expenses
     * @param due         what is left to pay (0 when enough or too much was paid)
     * @param recovery    what was paid beyond the final amount, to claim back
     * @param prorated    the final amount is below the award
     */
    public record Balance(BigDecimal finalAmount, BigDecimal due, BigDecimal recovery, boolean prorated) {
    }

    /** 12 345,67 € — for messages. */
    public static String french(BigDecimal amount) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount) + " €";
    }
}
