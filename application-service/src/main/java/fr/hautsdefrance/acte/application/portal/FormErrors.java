package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.ApplicationRuleException;
import fr.hautsdefrance.acte.application.domain.organisation.InvalidOrganisationException;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.problem.ProblemMappers;
import jakarta.validation.ConstraintViolationException;

import java.util.List;

/**
 * A command the services refused, as the errors a form shows next to its fields: the same fields and
 * messages the API's problem document names ({@link ProblemMappers#fieldErrors}), so a rule is written
 * once, where the command is checked, and read here.
 */
final class FormErrors {

    private FormErrors() {
    }

    /** The refusal's fields; one naming {@code fallbackField} when the refusal names none. */
    static List<Problem.FieldError> of(RuntimeException refusal, String fallbackField) {
        if (refusal instanceof ConstraintViolationException invalid) {
            return ProblemMappers.fieldErrors(invalid);
        }
        if (refusal instanceof InvalidOrganisationException invalid) {
            return List.of(new Problem.FieldError(invalid.field(), invalid.getMessage()));
        }
        if (refusal instanceof ApplicationRuleException rule) {
            return List.of(new Problem.FieldError(rule.field(), rule.getMessage()));
        }
        if (refusal instanceof ProblemException problem && !problem.errors().isEmpty()) {
            return problem.errors();
        }
        return List.of(new Problem.FieldError(fallbackField, refusal.getMessage()));
    }
}
