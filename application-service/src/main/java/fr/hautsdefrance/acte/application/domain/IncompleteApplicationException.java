package fr.hautsdefrance.acte.application.domain;

import java.util.List;

/** Submission refused: each missing piece named, with what to do. */
public class IncompleteApplicationException extends RuntimeException {

    public record Missing(String field, String message) {
    }

    private final List<Missing> missing;

    public IncompleteApplicationException(List<Missing> missing) {
        super("Le dossier ne peut pas encore être déposé : " + missing.size() + " élément(s) à compléter.");
        this.missing = List.copyOf(missing);
    }

    public List<Missing> missing() {
        return missing;
    }
}
