package fr.hautsdefrance.acte.application.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The steps of the application form, in order; each one is a page of its own with its title. */
public enum DraftStep {
    PROJECT("projet", "Le projet"),
    PARTNERS("partenaires", "Les partenaires"),
    BUDGET("budget", "Les dépenses"),
    FUNDING("financement", "Le plan de financement"),
    DOCUMENTS("pieces", "Les pièces"),
    SUBMISSION("depot", "Vérification et dépôt");

    private final String slug;
    private final String title;

    DraftStep(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public int getNumber() {
        return ordinal() + 1;
    }

    public DraftStep next() {
        return this == SUBMISSION ? this : values()[ordinal() + 1];
    }

    public static Optional<DraftStep> of(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public static List<DraftStep> all() {
        return List.of(values());
    }
}
