package fr.hautsdefrance.acte.payment.domain;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** IBAN (ISO 13616, mod-97) and BIC (ISO 9362) checks, with French messages a person can act on. */
public final class BankIdentifiers {

    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC_SHAPE = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    /** Countries whose IBAN is the French one (27 characters) and whose banks may hold French BICs. */
    private static final Set<String> FRENCH_FORMAT = Set.of("FR", "MC", "GP", "RE", "MQ", "GF", "YT", "PM", "BL", "MF",
            "NC", "PF", "WF", "TF");
    private static final int FRENCH_LENGTH = 27;

    private BankIdentifiers() {
    }

    /** Spaces removed and upper case: the form IBANs are stored and compared in. */
    public static String normalise(String identifier) {
        return identifier == null ? null : identifier.replace(" ", "").replace("\u00a0", "").toUpperCase(Locale.ROOT);
    }

    /** Null when the IBAN is valid, else why not (in French). */
    public static String ibanProblem(String iban) {
        String value = normalise(iban);
        if (value == null || value.isEmpty()) {
            return "indiquez l'IBAN du compte (27 caractères pour un compte en France, commençant par FR76)";
        }
        if (!IBAN_SHAPE.matcher(value).matches()) {
            return "l'IBAN doit commencer par le code pays (2 lettres) et 2 chiffres de contrôle, suivis de lettres et "
                    + "de chiffres uniquement";
        }
        if (FRENCH_FORMAT.contains(value.substring(0, 2)) && value.length() != FRENCH_LENGTH) {
            return "un IBAN français compte 27 caractères, celui-ci en compte " + value.length()
                    + " : recopiez-le depuis le RIB";
        }
        if (!checksumHolds(value)) {
            return "la clé de contrôle de l'IBAN est fausse : un caractère a probablement été mal recopié du RIB";
        }
        return null;
    }

    public static boolean isValidIban(String iban) {
        return ibanProblem(iban) == null;
    }

    /** Null when the BIC is valid (and consistent with the IBAN's country), else why not. */
    public static String bicProblem(String bic, String iban) {
        String value = normalise(bic);
        if (value == null || value.isEmpty()) {
            return "indiquez le BIC de la banque (8 ou 11 caractères, sur le RIB)";
        }
        if (!BIC_SHAPE.matcher(value).matches()) {
            return "le BIC compte 8 ou 11 caractères : 4 lettres pour la banque, 2 pour le pays, puis 2 ou 5 lettres "
                    + "ou chiffres";
        }
        String ibanValue = normalise(iban);
        if (ibanValue != null && ibanValue.length() >= 2) {
            String ibanCountry = ibanValue.substring(0, 2);
            String bicCountry = value.substring(4, 6);
            boolean sameArea = FRENCH_FORMAT.contains(ibanCountry) && FRENCH_FORMAT.contains(bicCountry);
            if (!ibanCountry.equals(bicCountry) && !sameArea) {
                return "le BIC (pays " + bicCountry + ") ne correspond pas au pays de l'IBAN (" + ibanCountry
                        + ") : vérifiez le RIB";
            }
        }
        return null;
    }

    /** ISO 13616: the country code and check digits moved to the end, letters as numbers, mod 97 = 1. */
    static boolean checksumHolds(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else {
                digits.append(c - 'A' + 10);
            }
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /**
     * What is kept of an erased account's IBAN: its country and check digits and its last four
     * characters, the rest starred, without spaces (it fits where the IBAN did; {@link #masked} still
     * groups it for reading).
     */
    public static String erased(String iban) {
        return masked(iban).replace(" ", "");
    }

    /** "FR76 **** **** **** **** ***0 189": enough for a person to recognise the account, not to reuse it. */
    public static String masked(String iban) {
        String value = normalise(iban);
        if (value == null || value.length() < 8) {
            return value;
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                masked.append(' ');
            }
            masked.append(i < 4 || i >= value.length() - 4 ? value.charAt(i) : '*');
        }
        return masked.toString();
    }

    /** The last four characters, as said to the beneficiary ("le compte se terminant par 0185"). */
    public static String ending(String iban) {
        String value = normalise(iban);
        return value == null || value.length() < 4 ? value : value.substring(value.length() - 4);
    }
}
