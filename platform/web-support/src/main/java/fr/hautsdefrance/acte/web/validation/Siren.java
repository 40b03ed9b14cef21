package fr.hautsdefrance.acte.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIREN: nine digits whose Luhn checksum holds (null is left to {@code @NotNull}). */
@Documented
@Constraint(validatedBy = SirenValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Siren {

    String message() default "numéro SIREN invalide : 9 chiffres, vérifiez-le sur l'avis de situation SIRENE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
