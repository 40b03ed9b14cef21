package fr.hautsdefrance.acte.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SirenValidator implements ConstraintValidator<Siren, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || FrenchIdentifiers.isValidSiren(value);
    }
}
