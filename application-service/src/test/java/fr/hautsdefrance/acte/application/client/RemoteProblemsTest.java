package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteProblemsTest {

    @Test
    void a_refusal_keeps_its_status_french_detail_and_field_errors() {
        ProblemException refusal = RemoteProblems.refusal(400, """
                {"type":"https://acte.hautsdefrance.fr/problems/validation","title":"Données invalides","status":400,
                 "detail":"2 champs sont à corriger.","errors":[{"field":"holderName","message":"indiquez le titulaire du compte"},
                 {"field":"iban","message":"La clé de contrôle de l'IBAN est fausse."}]}""", PaymentClient.SERVICE);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.slug()).isEqualTo("validation");
        assertThat(refusal.getMessage()).isEqualTo("2 champs sont à corriger.");
        assertThat(refusal.errors()).containsExactly(new Problem.FieldError("holderName", "Indiquez le titulaire du compte"),
                new Problem.FieldError("iban", "La clé de contrôle de l'IBAN est fausse."));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void a_failure_of_the_other_service_is_told_as_unavailable_without_its_details(int status) {
        ProblemException refusal = RemoteProblems.refusal(status, """
                {"title":"Erreur interne","detail":"Une erreur inattendue, incident 42"}""", PaymentClient.SERVICE);

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.getMessage()).contains("ne répond pas").doesNotContain("incident");
    }

    @Test
    void an_answer_that_is_not_a_problem_document_still_gives_a_readable_refusal() {
        ProblemException refusal = RemoteProblems.refusal(403, "<html>Forbidden</html>", PaymentClient.SERVICE);

        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).isEqualTo("Votre compte ne permet pas cette action.");
        assertThat(refusal.errors()).isEmpty();
    }

    @Test
    void an_expired_token_asks_the_person_to_sign_in_again() {
        assertThat(RemoteProblems.refusal(401, "", NotificationClient.SERVICE).getMessage()).contains("reconnectez-vous");
    }
}
