package fr.hautsdefrance.acte.web.validation;

/** Checks of the identifiers French public bodies use (SIREN, SIRET, RNA). */
public final class FrenchIdentifiers {

    /** La Poste's SIREN: its establishments' SIRETs follow a rule of their own. */
    static final String LA_POSTE_SIREN = "356000000";

    private FrenchIdentifiers() {
    }

    public static boolean isValidSiren(String siren) {
        return siren != null && siren.length() == 9 && allDigits(siren) && luhn(siren);
    }

    /**
     * SIRET = SIREN + 5 digits with the Luhn checksum on all 14; La Poste has more establishments
     * than the checksum allows, so its SIRETs are valid when their digit sum is a multiple of 5.
     */
    public static boolean isValidSiret(String siret) {
        if (siret == null || siret.length() != 14 || !allDigits(siret)) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return luhn(siret) || siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    /** Associations' number in the Répertoire national des associations: W and nine digits. */
    public static boolean isValidRna(String rna) {
        return rna != null && rna.length() == 10 && rna.charAt(0) == 'W' && allDigits(rna.substring(1));
    }

    private static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
