package fr.hautsdefrance.acte.stack;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, random SIRENs (Luhn) for the organisations tests register: each run new ones, even on a long-lived stack;
 * and their head office's SIRET.
 */
public final class Sirens {

    private Sirens() {
    }

    public static String random() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            if (luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + body);
    }

    /** The SIRET of the organisation's head office: its SIREN, a NIC of 0001 and the Luhn digit that closes it. */
    public static String siretOf(String siren) {
        for (int check = 0; check <= 9; check++) {
            if (luhn(siren + "0001" + check)) {
                return siren + "0001" + check;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + siren);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
