package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.web.validation.FrenchIdentifiers;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET: fourteen digits whose checksum holds (null is left to {@code @NotNull}). */
@Documented
@Constraint(validatedBy = Siret.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Siret {

    String message() default "Numéro SIRET invalide : 14 chiffres commençant par le SIREN, vérifiez-le sur l'avis "
            + "de situation SIRENE.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Siret, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FrenchIdentifiers.isValidSiret(value);
        }
    }
}
