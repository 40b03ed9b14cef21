package fr.hautsdefrance.acte.payment.domain.pes;

import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text as a PES V2 file carries it: ISO-8859-1 (the encoding of the DGFiP's examples), no control
 * characters, within the field's length. Accented Latin letters stay; typographic signs outside
 * Latin-1 are replaced by their plain equivalent (’ → ', œ → oe, – → -), anything else by a space.
 */
public final class PesText {

    private PesText() {
    }

    public static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String plain = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-').replace("œ", "oe").replace("Œ", "OE").replace("€", "EUR")
                .replace('\u00a0', ' ').replace('\u202f', ' ');
        CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
        StringBuilder clean = new StringBuilder(plain.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean keep = !Character.isISOControl(c) && !Character.isSurrogate(c) && latin1.canEncode(c)
                    && !Character.isWhitespace(c);
            if (keep) {
                clean.append(c);
                lastWasSpace = false;
            } else if (!lastWasSpace) {
                clean.append(' ');
                lastWasSpace = true;
            }
        }
        String result = clean.toString().strip();
        if (result.length() > maxLength) {
            result = result.substring(0, maxLength).strip();
        }
        return result.isEmpty() ? null : result;
    }
}
