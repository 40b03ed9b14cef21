package fr.hautsdefrance.acte.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a grant is committed and its mandates charged in the Region's budget (M57 nomenclature):
 * the budget, the chapter (65 for operating grants), the nature and function accounts, the
 * programme and its commitment authorisation (autorisation d'engagement). Configured per call.
 */
@Embeddable
public class BudgetImputation {

    private static final Pattern BUDGET = Pattern.compile("[A-Z0-9]{1,10}");
    private static final Pattern CHAPTER = Pattern.compile("[0-9]{2,3}");
    private static final Pattern NATURE = Pattern.compile("[0-9]{3,8}");
    private static final Pattern FUNCTION = Pattern.compile("[0-9]{1,4}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,30}");

    /** The budget's code, e.g. BP (budget principal). */
    @Column(name = "imputation_budget", nullable = false)
    public String budget;

    /** Chapter, e.g. 65 (autres charges de gestion courante), or 204 for investment grants. */
    @Column(name = "imputation_chapter", nullable = false)
    public String chapter;

    /** Nature account of the M57 nomenclature, e.g. 6574. */
    @Column(name = "imputation_nature", nullable = false)
    public String nature;

    /** Function of the M57 functional presentation, e.g. 61. */
    @Column(name = "imputation_function", nullable = false)
    public String function;

    /** The Region's programme the call belongs to. */
    @Column(name = "imputation_programme", nullable = false)
    public String programme;

    /** The commitment authorisation (AE) the awards are committed on. */
    @Column(name = "imputation_authorisation", nullable = false)
    public String authorisation;

    protected BudgetImputation() {
    }

    public BudgetImputation(String budget, String chapter, String nature, String function, String programme,
            String authorisation) {
        this.budget = checked("budget", budget, BUDGET, "un code de budget en majuscules et chiffres (ex. BP)");
        this.chapter = checked("chapter", chapter, CHAPTER, "un chapitre de 2 ou 3 chiffres (ex. 65)");
        this.nature = checked("nature", nature, NATURE, "un compte par nature M57 (ex. 6574)");
        this.function = checked("function", function, FUNCTION, "une fonction M57 de 1 à 4 chiffres (ex. 61)");
        this.programme = checked("programme", programme, CODE, "un code de programme (30 caractères au plus)");
        this.authorisation = checked("authorisation", authorisation, CODE,
                "le numéro de l'autorisation d'engagement (30 caractères au plus)");
    }

    private static String checked(String field, String value, Pattern pattern, String expected) {
        String stripped = value == null ? "" : value.strip();
        if (!pattern.matcher(stripped).matches()) {
            throw new PaymentRuleException(field, "« " + stripped + " » : indiquez " + expected + ".");
        }
        return stripped;
    }

    /** The imputation as accountants write it: 65-6574-61, programme and AE apart. */
    public String line() {
        return chapter + "-" + nature + "-" + function;
    }

    public BudgetImputation copy() {
        return new BudgetImputation(budget, chapter, nature, function, programme, authorisation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetImputation other && budget.equals(other.budget) && chapter.equals(other.chapter)
                && nature.equals(other.nature) && function.equals(other.function)
                && programme.equals(other.programme) && authorisation.equals(other.authorisation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(budget, chapter, nature, function, programme, authorisation);
    }
}
