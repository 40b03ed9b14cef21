package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.web.input.Text;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading a submitted HTML form leniently: what a person typed is kept, checked, and shown back. */
public final class FormData {

    private final MultivaluedMap<String, String> form;

    public FormData(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    /** What was typed, trimmed, without the invisible formatting characters a paste may carry. */
    public String text(String name) {
        String value = form.getFirst(name);
        return value == null ? "" : Text.withoutInvisibleFormatting(value).trim();
    }

    /** What was typed, or null when the field was left blank (a command's "not given"). */
    public String optional(String name) {
        String text = text(name);
        return text.isEmpty() ? null : text;
    }

    /**
     * An identifier (SIREN, SIRET, RNA) as typed, without the spaces people put between its digits to
     * read it, in capitals; null when left blank.
     */
    public String identifier(String name) {
        String compact = text(name).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    public List<String> all(String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    public boolean checked(String name) {
        return !text(name).isEmpty();
    }

    /** "30 000,50", "30000.5" and "30 000 €" all read as 30000.50; empty stays empty. */
    public static Optional<BigDecimal> amount(String typed) {
        String cleaned = typed == null ? "" : typed.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
                .replace("€", "").replace(',', '.');
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.of(BigDecimal.valueOf(-1));
        }
    }

    public Map<String, List<String>> raw() {
        return form;
    }
}
