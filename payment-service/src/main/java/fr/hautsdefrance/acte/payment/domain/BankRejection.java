package fr.hautsdefrance.acte.payment.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The ISO 20022 reason codes (ExternalStatusReason1Code) a bank gives for a refused transfer that
 * condemn the account itself: the account is blocked and the beneficiary asked for new details.
 * Other reasons (a technical refusal, the debtor's side) leave the account as it is.
 */
public final class BankRejection {

    private static final Map<String, String> ACCOUNT_REASONS = Map.of(
            "AC01", "numéro de compte incorrect",
            "AC04", "compte clos",
            "AC06", "compte bloqué",
            "AC13", "type de compte invalide",
            "BE01", "titulaire du compte différent du bénéficiaire",
            "MD07", "titulaire du compte décédé",
            "RC01", "code BIC incorrect");

    private BankRejection() {
    }

    /** Whether a transfer refused for {@code code} condemns the account it was sent to. */
    public static boolean condemnsTheAccount(String code) {
        return code != null && ACCOUNT_REASONS.containsKey(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The reason in French, with its code: "compte clos (AC04)"; the code alone when unknown. */
    public static String french(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        String label = ACCOUNT_REASONS.get(normalised);
        return label == null ? normalised : label + " (" + normalised + ")";
    }
}
