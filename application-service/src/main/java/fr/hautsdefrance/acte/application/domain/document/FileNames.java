package fr.hautsdefrance.acte.application.domain.document;

import java.text.Normalizer;

/**
 * A sender's file name made harmless for display and download: no path, no control characters, no
 * invisible formatting characters (a right-to-left override, U+202E, makes "facture[U+202E]fdp.exe"
 * read as "factureexe.pdf").
 */
public final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /** "../../etc/passwd" → "passwd.pdf"; the extension always matches the real content. */
    public static String clean(String original, FileKind kind) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}\"*:<>?|;]", "").trim();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("^\\.+", "").trim();
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH);
        }
        return base + "." + kind.extension();
    }
}
