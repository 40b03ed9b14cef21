package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands' own checks, without Quarkus: each violation names the field as the API's body names
 * it and says in French what to write.
 */
class CommandValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Map<String, String> violations(Object command) {
        return validator.validate(command).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " / " + b));
    }

    @Test
    void a_registration_names_each_identifier_to_correct() {
        assertThat(violations(new RegisterOrganisation("Les Jardins", null, LegalForm.ASSOCIATION, "123456789",
                "1234", "X", null, "620", null, List.of())))
                .containsOnlyKeys("applicantType", "siren", "siret", "rna", "postcode")
                .containsEntry("siren", "Numéro SIREN invalide : 9 chiffres, vérifiez-le sur l'avis de situation SIRENE.")
                .containsEntry("applicantType", "Indiquez le type de structure.");
        assertThat(violations(new RegisterOrganisation("Les Jardins", ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION, "123456782", null, "W621234567", null, null, null, null))).isEmpty();
    }

    @Test
    void a_draft_names_the_line_and_the_value_to_correct() {
        DraftContent content = new DraftContent("", null, new DraftContent.Project(null, List.of("6249"), false,
                "qpv", null, null, null, List.of(new PartnerEntry("Mairie", null, null, null))),
                List.of(new ExpenseEntry(ExpenseCategory.OPERATING, null, new BigDecimal("-1"))), List.of(),
                new BigDecimal("10.123"), List.of(), false);

        assertThat(violations(content).keySet()).hasSize(6).anyMatch(field -> field.startsWith("project.communeCodes"));
        assertThat(violations(content)).containsKeys("title", "project.qpvCode", "project.partners[0].category",
                        "expenses[0].amount", "requestedAmount")
                .containsEntry("title", "Donnez un titre au projet.")
                .containsEntry("expenses[0].amount", "Le montant ne peut pas être négatif.");
    }

    @Test
    void an_invitation_needs_an_address_that_can_receive_it() {
        assertThat(violations(new InviteMember("camille@association"))).containsOnlyKeys("email");
        assertThat(violations(new InviteMember("camille@association.fr"))).isEmpty();
    }

    @Test
    void a_correction_states_its_reason() {
        assertThat(violations(new CorrectApplication(" ", null, null, null, null, null, null)))
                .containsOnlyKeys("reason");
    }
}
