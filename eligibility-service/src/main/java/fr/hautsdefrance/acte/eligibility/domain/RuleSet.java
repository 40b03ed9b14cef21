package fr.hautsdefrance.acte.eligibility.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One version of the ACTE rules' parameters (règlement). Every figure the rules use is here, with
 * the date from which it applies; the interpretations of ACTE.md are its defaults.
 */
public record RuleSet(
        String version,
        LocalDate effectiveFrom,
        String source,
        String regionCode,
        BigDecimal minGrant,
        BigDecimal maxGrant,
        BigDecimal baseRate,
        BigDecimal enhancedRate,
        long epciPopulationAbove,
        Set<Stage> epciStages,
        Set<LegalForm> essLegalForms,
        Cooperation cooperation,
        BigDecimal deMinimisCeiling,
        Map<Stage, Set<ExpenseCategory>> eligibleExpenses) {

    public RuleSet {
        epciStages = Set.copyOf(epciStages);
        essLegalForms = Set.copyOf(essLegalForms);
        eligibleExpenses = Map.copyOf(eligibleExpenses);
        for (Stage stage : Stage.values()) {
            if (!eligibleExpenses.containsKey(stage)) {
                throw new IllegalArgumentException("Rule set " + version + " gives no eligible expenses for " + stage);
            }
        }
    }

    /** At least this many partners besides the applicant, of at least this many categories. */
    public record Cooperation(int minPartners, int minPartnerCategories) {
    }

    public Set<ExpenseCategory> eligibleAt(Stage stage) {
        Set<ExpenseCategory> categories = eligibleExpenses.get(stage);
        return categories == null ? EnumSet.noneOf(ExpenseCategory.class) : categories;
    }

    /** 60 % for cooperation projects in rural territories or priority neighbourhoods (QPV), 50 % otherwise. */
    public BigDecimal rateFor(boolean rural, boolean qpv) {
        return rural || qpv ? enhancedRate : baseRate;
    }
}
