package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.FrenchFormats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures an award letter and an agreement state, in French: the planned eligible base, the voted
 * rate (award ÷ planned eligible base), the award, the payment schedule, the proration clause written
 * with those figures (ACTE.md, "Proration") and, for aid to an undertaking, the de minimis mention.
 *
 * @param prorationExample the clause applied to a realised base of 80 % of the planned one, so a reader
 *                         sees how the final amount follows
 */
public record GrantTerms(String plannedEligibleBase, String votedRate, String award, String advance,
        String instalmentsCap, String prorationClause, String prorationExample, String deMinimisMention) {

    /** The scheme's payment schedule ([choice] in ACTE.md, the defaults payment-service applies). */
    static final BigDecimal ADVANCE_SHARE = new BigDecimal("0.30");
    static final BigDecimal INSTALMENTS_CAP = new BigDecimal("0.80");
    private static final BigDecimal EXAMPLE_SHARE = new BigDecimal("0.80");

    static GrantTerms of(Application a, BigDecimal deMinimisCeiling) {
        BigDecimal award = a.awardedAmount();
        BigDecimal base = a.plannedEligibleBase();
        String awardText = FrenchFormats.euros(award);
        String baseText = FrenchFormats.euros(base);
        String clause = "Le montant définitif de la subvention est égal à " + awardText + " multiplié par le "
                + "rapport entre les dépenses éligibles réalisées acceptées par la Région et l'assiette éligible "
                + "prévisionnelle de " + baseText + ", arrondi au centime inférieur, sans pouvoir dépasser "
                + awardText + ".";
        String example = null;
        if (base != null && base.signum() > 0) {
            BigDecimal realised = base.multiply(EXAMPLE_SHARE).setScale(2, RoundingMode.DOWN);
            BigDecimal finalAmount = award.multiply(realised).divide(base, 2, RoundingMode.DOWN).min(award);
            example = "Par exemple, pour " + FrenchFormats.euros(realised) + " de dépenses éligibles réalisées "
                    + "acceptées, la subvention définitive serait de " + FrenchFormats.euros(finalAmount) + ".";
        }
        String deMinimis = a.isDeMinimisAid()
                ? "La présente subvention, d'un montant de " + awardText + ", est une aide de minimis accordée en "
                + "application du règlement (UE) 2023/2831 de la Commission du 13 décembre 2023 relatif à "
                + "l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux "
                + "aides de minimis. Le montant total des aides de minimis octroyées à une entreprise unique ne peut "
                + "excéder " + FrenchFormats.euros(deMinimisCeiling) + " sur une période de trois ans."
                : null;
        return new GrantTerms(baseText, percent(a.votedRate()), awardText,
                FrenchFormats.euros(award.multiply(ADVANCE_SHARE).setScale(2, RoundingMode.DOWN)),
                percent(INSTALMENTS_CAP), clause, example, deMinimis);
    }

    /** "45 %", "42,8571 %": the voted rate as read, up to four decimals of a percent. */
    static String percent(BigDecimal rate) {
        return rate == null ? "—" : FrenchFormats.percent(rate) + "\u00a0%";
    }
}
