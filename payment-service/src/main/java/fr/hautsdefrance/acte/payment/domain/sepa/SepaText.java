package fr.hautsdefrance.acte.payment.domain.sepa;

import java.text.Normalizer;

/**
 * Text as every bank of the SEPA area accepts it: the EPC's basic Latin character set
 * (a-z A-Z 0-9 / - ? : ( ) . , ' + and space). Accents are dropped (Société → Societe), other
 * characters become spaces, and the result fits the field (null when nothing is left).
 */
public final class SepaText {

    private SepaText() {
    }

    public static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
                .replace("&", "+").replace("’", "'"), Normalizer.Form.NFD);
        StringBuilder clean = new StringBuilder(decomposed.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char kept = allowed(c) ? c : ' ';
            if (kept == ' ') {
                if (lastWasSpace) {
                    continue;
                }
                lastWasSpace = true;
            } else {
                lastWasSpace = false;
            }
            clean.append(kept);
        }
        String result = clean.toString().strip();
        if (result.length() > maxLength) {
            result = result.substring(0, maxLength).strip();
        }
        // An empty text is an absent one: ISO 20022 texts have at least one character.
        return result.isEmpty() ? null : result;
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-?:().,'+ ".indexOf(c) >= 0;
    }
}
