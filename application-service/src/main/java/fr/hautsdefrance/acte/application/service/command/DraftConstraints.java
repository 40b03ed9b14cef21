package fr.hautsdefrance.acte.application.service.command;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The checks a file's content meets whichever command carries it (the whole draft from the API, one
 * step from the portal, an officer's correction): each written once, its message in French.
 */
public final class DraftConstraints {

    private DraftConstraints() {
    }

    /** Euros: positive, at most two decimals, plausible for a regional grant file. */
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD,
            ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @DecimalMin(value = "0.00", message = "Le montant ne peut pas être négatif.")
    @DecimalMax(value = "100000000", message = "Montant invraisemblable : écrivez un montant en euros, par exemple "
            + "12 500 ou 12 500,50.")
    @Digits(integer = 9, fraction = 2, message = "Deux décimales au plus : un montant en euros, au centime près.")
    public @interface Amount {
        String message() default "Montant invalide.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The project's title: what the file is called everywhere. */
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @NotBlank(message = "Donnez un titre au projet.")
    @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
    public @interface Title {
        String message() default "Titre invalide.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A title given to correct one: absent leaves it, present follows {@link Title}'s length. */
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
    public @interface CorrectedTitle {
        String message() default "Titre invalide.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @Size(max = 4000, message = "Le résumé ne doit pas dépasser 4 000 caractères.")
    public @interface Summary {
        String message() default "Résumé invalide.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A commune by its INSEE code (Corsica's 2A/2B included). */
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "Code INSEE de commune attendu (5 caractères), par exemple 62498.")
    public @interface CommuneCode {
        String message() default "Code de commune invalide.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A priority neighbourhood (QPV) by its code; its name, as the applicant knows it. */
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @Pattern(regexp = "Q[A-Z0-9]{5,9}", message = "Code de quartier prioritaire attendu, par exemple QN06201I ; "
            + "laissez-le vide si vous ne le connaissez pas.")
    public @interface QpvCode {
        String message() default "Code de quartier invalide.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @Size(max = 200, message = "Le nom du quartier ne doit pas dépasser 200 caractères.")
    public @interface QpvName {
        String message() default "Nom de quartier invalide.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
