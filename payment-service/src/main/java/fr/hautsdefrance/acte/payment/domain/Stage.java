package fr.hautsdefrance.acte.payment.domain;

import java.util.EnumSet;
import java.util.Set;

import static fr.hautsdefrance.acte.payment.domain.ExpenseCategory.ANIMATION_ENGINEERING;
import static fr.hautsdefrance.acte.payment.domain.ExpenseCategory.DISSEMINATION;
import static fr.hautsdefrance.acte.payment.domain.ExpenseCategory.EXPERIMENTATION_CAPITALISATION;
import static fr.hautsdefrance.acte.payment.domain.ExpenseCategory.EXTERNAL_SERVICES;
import static fr.hautsdefrance.acte.payment.domain.ExpenseCategory.OPERATING;
import static fr.hautsdefrance.acte.payment.domain.ExpenseCategory.TRANSFER_SWARMING;

/** Maturity stage of the project, and the expense categories the scheme funds at that stage. */
public enum Stage {
    EMERGENCE(EnumSet.of(OPERATING, EXTERNAL_SERVICES)),
    STRUCTURATION(EnumSet.of(ANIMATION_ENGINEERING, EXPERIMENTATION_CAPITALISATION)),
    DEVELOPMENT(EnumSet.of(ANIMATION_ENGINEERING, EXPERIMENTATION_CAPITALISATION)),
    SWARMING(EnumSet.of(OPERATING, EXTERNAL_SERVICES, TRANSFER_SWARMING, DISSEMINATION));

    private final Set<ExpenseCategory> eligible;

    Stage(Set<ExpenseCategory> eligible) {
        this.eligible = eligible;
    }

    public Set<ExpenseCategory> eligibleCategories() {
        return EnumSet.copyOf(eligible);
    }

    /** A file without a stage: every category the scheme may fund (never investment nor "other"). */
    public static boolean isEligible(Stage stage, ExpenseCategory category) {
        if (stage == null) {
            return category != ExpenseCategory.INVESTMENT && category != ExpenseCategory.OTHER;
        }
        return stage.eligible.contains(category);
    }
}
