package fr.hautsdefrance.acte.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Figures and names as a French reader expects them: 30 000,00 €, « émergence ». */
final class French {

    /** Non-breaking space: a figure and its unit never split across lines. */
    static final char NBSP = '\u00a0';

    private French() {
    }

    /** 1234567.5 → "1 234 567,50 €". */
    static String euros(BigDecimal amount) {
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
        String plain = scaled.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder text = new StringBuilder(plain.length() + 8);
        if (scaled.signum() < 0) {
            text.append('-');
        }
        appendGrouped(text, plain.substring(0, dot));
        return text.append(',').append(plain, dot + 1, plain.length()).append(NBSP).append('€').toString();
    }

    /** 15000 → "15 000 €" (whole euros, for thresholds). */
    static String wholeEuros(BigDecimal amount) {
        StringBuilder text = new StringBuilder();
        appendGrouped(text, amount.setScale(0, RoundingMode.DOWN).toPlainString());
        return text.append(NBSP).append('€').toString();
    }

    static String number(long value) {
        StringBuilder text = new StringBuilder();
        appendGrouped(text, Long.toString(value));
        return text.toString();
    }

    /** 0.5 → "50 %". */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + NBSP + "%";
    }

    static String stage(Stage stage) {
        return switch (stage) {
            case EMERGENCE -> "émergence";
            case STRUCTURATION -> "structuration";
            case DEVELOPMENT -> "développement";
            case SWARMING -> "essaimage";
        };
    }

    static String expenseCategory(ExpenseCategory category) {
        return switch (category) {
            case OPERATING -> "frais de fonctionnement du projet";
            case EXTERNAL_SERVICES -> "prestations externes liées à l'action collective";
            case ANIMATION_ENGINEERING -> "animation et ingénierie de l'action collective";
            case EXPERIMENTATION_CAPITALISATION -> "expérimentation et capitalisation";
            case TRANSFER_SWARMING -> "transfert et essaimage de l'action innovante";
            case DISSEMINATION -> "diffusion d'outils et de méthodes sur le territoire";
            case INVESTMENT -> "investissement";
            case OTHER -> "autre dépense";
        };
    }

    static String partnerCategory(PartnerCategory category) {
        return switch (category) {
            case ESS -> "structure de l'ESS";
            case COMPANY -> "entreprise";
            case PUBLIC_AUTHORITY -> "collectivité ou acteur public";
            case INHABITANTS -> "habitants";
            case RESEARCH_EDUCATION -> "recherche ou enseignement";
        };
    }

    static String legalForm(LegalForm form) {
        return switch (form) {
            case ASSOCIATION -> "association";
            case COOPERATIVE -> "coopérative";
            case MUTUAL -> "mutuelle";
            case FOUNDATION -> "fondation";
            case ESS_COMMERCIAL_COMPANY -> "société commerciale de l'ESS";
            case COMMERCIAL_COMPANY -> "société commerciale sans statut ESS";
            case LOCAL_AUTHORITY -> "collectivité territoriale ou EPCI";
        };
    }

    /** "a", "a et b", "a, b et c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.get(items.size() - 1);
    }

    private static void appendGrouped(StringBuilder text, String digits) {
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            text.append(NBSP).append(digits, i, i + 3);
        }
    }
}
