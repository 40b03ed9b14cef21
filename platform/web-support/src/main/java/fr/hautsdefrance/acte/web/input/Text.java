package fr.hautsdefrance.acte.web.input;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * What text and dates the platform accepts from outside, the same in every service: no control
 * characters (a NUL cannot even be stored), no invisible formatting characters (a right-to-left
 * override or a zero-width space makes a name or a file name read differently from what it is),
 * and dates with a four-digit year.
 */
public final class Text {

    public static final int EARLIEST_YEAR = 1000;
    public static final int LATEST_YEAR = 9999;

    private Text() {
    }

    /** Index of the first control character other than tab, line feed and carriage return; -1 when none. */
    public static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text without its invisible formatting characters (Unicode category Cf: bidirectional
     * overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width U+200B–U+200F, word joiner
     * U+2060, byte-order mark U+FEFF, soft hyphen…), which only serve to disguise what is shown.
     */
    public static String withoutInvisibleFormatting(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && Character.getType(text.codePointAt(first)) != Character.FORMAT) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first))
                .filter(c -> Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** What is wrong with a text received from outside, in French; null when it is acceptable. */
    public static String problemWith(String text) {
        int control = text == null ? -1 : firstControlCharacter(text);
        if (control < 0) {
            return null;
        }
        return String.format("contient un caractère de contrôle invisible (U+%04X, position %d) : retapez la valeur "
                + "au clavier plutôt que de la coller.", (int) text.charAt(control), control + 1);
    }

    /** What is wrong with a date received from outside, in French; null when its year is plausible. */
    public static String problemWithDate(TemporalAccessor date) {
        if (date == null) {
            return null;
        }
        long year;
        if (date.isSupported(ChronoField.YEAR)) {
            year = date.getLong(ChronoField.YEAR);
        } else if (date.isSupported(ChronoField.INSTANT_SECONDS)) {
            year = java.time.Instant.from(date).atOffset(java.time.ZoneOffset.UTC).getYear();
        } else {
            return null;
        }
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return "date hors des limites acceptées (année " + year + ") : indiquez une date dont l'année a quatre "
                    + "chiffres, entre " + EARLIEST_YEAR + " et " + LATEST_YEAR + ".";
        }
        return null;
    }
}
