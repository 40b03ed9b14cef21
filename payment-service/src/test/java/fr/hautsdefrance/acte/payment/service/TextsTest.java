package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.BankAccountStatus;
import fr.hautsdefrance.acte.payment.domain.GrantStatus;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.BankDetailsAlreadyDecided;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.BankDetailsNeverUsed;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.GrantStepRefused;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.MandatePrepared;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.NothingToPay;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.OrderNotPrepared;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.OrderPreparedByAnother;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.PaymentAlreadyRequested;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.PaymentInProgress;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.PaymentStepRefused;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.RecoveryNotAwaitingCheck;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.RecoveryNotOwed;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.TransferNoLongerRejectable;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundle names every constant: the build refuses a constant without a line in
 * msg_fr.properties, this checks that no line was left blank, and that refusals, labels and exports read
 * as they always have (the API tests and the portal's end-to-end tests compare some of these sentences).
 */
@QuarkusTest
class TextsTest {

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    @Test
    void every_constant_of_every_named_enum_has_a_french_name() {
        assertNamed(PaymentStatus.class, texts::paymentStatus);
        assertNamed(PaymentKind.class, texts::paymentKind);
        assertNamed(BankAccountStatus.class, texts::bankAccountStatus);
        assertNamed(RecoveryStatus.class, texts::recoveryStatus);
        assertNamed(GrantStatus.class, texts::grantStatus);
    }

    @Test
    void a_payment_is_labelled_named_and_remitted_with_its_sequence_only_when_it_is_an_instalment() {
        assertThat(texts.payment(PaymentKind.ADVANCE, 1)).isEqualTo("avance");
        assertThat(texts.payment(PaymentKind.INSTALMENT, 2)).isEqualTo("acompte n° 2");
        assertThat(texts.payment(PaymentKind.BALANCE, 1)).isEqualTo("solde");
        assertThat(texts.paymentNamed(PaymentKind.ADVANCE, 1)).isEqualTo("L'avance");
        assertThat(texts.paymentNamed(PaymentKind.INSTALMENT, 2)).isEqualTo("L'acompte n° 2");
        assertThat(texts.paymentNamed(PaymentKind.BALANCE, 1)).isEqualTo("Le solde");
        assertThat(texts.paymentRemitted(PaymentKind.INSTALMENT, 3)).isEqualTo("acompte 3");
        assertThat(texts.paymentRemitted(PaymentKind.BALANCE, 1)).isEqualTo("solde");
    }

    @Test
    void refusals_name_the_payment_and_its_status_as_people_read_them() {
        assertWorded(new PaymentStepRefused(PaymentKind.ADVANCE, 1, PaymentStatus.SCHEDULED,
                "impossible de l'enregistrer comme payée"),
                "L'avance est au statut « prévu » : impossible de l'enregistrer comme payée.");
        assertWorded(new PaymentStepRefused(PaymentKind.INSTALMENT, 1, PaymentStatus.APPROVED,
                "impossible de renvoyer sa liquidation à l'instructeur"),
                "L'acompte n° 1 est au statut « mandaté » : impossible de renvoyer sa liquidation à l'instructeur.");
        assertWorded(new PaymentInProgress(PaymentKind.INSTALMENT, 2, PaymentStatus.VALIDATED),
                "L'acompte n° 2 est en cours de traitement (statut « liquidé ») : une seule demande de versement "
                        + "à la fois, attendez son paiement.");
        assertWorded(new PaymentAlreadyRequested(PaymentKind.BALANCE, 1, PaymentStatus.REQUESTED),
                "Le solde a déjà été demandé (statut « demandé »).");
        assertWorded(new PaymentAlreadyRequested(PaymentKind.ADVANCE, 1, PaymentStatus.REQUESTED),
                "L'avance a déjà été demandée (statut « demandé »).");
        assertWorded(new NothingToPay(PaymentKind.BALANCE, 1),
                "Le solde n'a rien à verser : il n'y a pas d'ordre à préparer.");
        assertWorded(new OrderPreparedByAnother(PaymentKind.INSTALMENT, 1, "Finance 1"),
                "L'ordre de paiement de l'acompte n° 1 a déjà été préparé par Finance 1 : seule cette personne peut "
                        + "le préparer à nouveau, et une autre l'approuver.");
        assertWorded(new OrderNotPrepared(PaymentKind.BALANCE, 1), "L'ordre de paiement du solde n'a pas encore été "
                + "préparé : un gestionnaire financier doit le préparer avant qu'un autre l'approuve.");
        assertWorded(new MandatePrepared(PaymentKind.INSTALMENT, 1, "Finance 1"),
                "L'acompte n° 1 a déjà son mandat préparé par Finance 1 : sa liquidation ne peut plus être "
                        + "renvoyée à l'instructeur.");
        assertWorded(new TransferNoLongerRejectable("0f1e", PaymentStatus.PAID),
                "Le virement 0f1e est au statut « payé » : la banque ne peut plus le rejeter.");
    }

    @Test
    void refusals_name_bank_details_and_recovery_statuses_as_people_read_them() {
        assertWorded(new BankDetailsAlreadyDecided(BankAccountStatus.VALIDATED),
                "Ces coordonnées bancaires ont déjà été traitées (statut : validées).");
        assertWorded(new BankDetailsNeverUsed(BankAccountStatus.PENDING), "Ces coordonnées bancaires n'ont jamais "
                + "servi à un paiement (statut : en attente de validation) : elles ne peuvent pas être bloquées.");
        assertWorded(new RecoveryNotOwed(RecoveryStatus.COLLECTED, "l'annuler"),
                "Cet ordre de reversement est au statut « recouvré » : impossible de l'annuler.");
        assertWorded(new RecoveryNotAwaitingCheck(RecoveryStatus.ISSUED),
                "Cet ordre de reversement n'attend pas de contrôle (statut « émis »).");
    }

    @Test
    void a_grant_refusal_names_the_grant_and_its_status_as_people_read_them() {
        assertWorded(new GrantStepRefused("ACTE-2026-000002", GrantStatus.CLOSED, "elle ne peut pas devenir caduque"),
                "La subvention ACTE-2026-000002 est soldée : elle ne peut pas devenir caduque.");
        assertWorded(new GrantStepRefused("ACTE-2026-000003", GrantStatus.AWAITING_AGREEMENT,
                "aucun reversement ne peut y être attendu"), "La subvention ACTE-2026-000003 est en attente de "
                + "signature de la convention : aucun reversement ne peut y être attendu.");
    }

    @Test
    void a_refusal_that_names_no_status_keeps_its_own_message() {
        assertThat(refusals.message(new IllegalTransitionException("La subvention est close.")))
                .isEqualTo("La subvention est close.");
    }

    private void assertWorded(IllegalTransitionException.Refusal refusal, String expected) {
        assertThat(refusals.message(new IllegalTransitionException(refusal))).isEqualTo(expected);
    }

    private static <E extends Enum<E>> void assertNamed(Class<E> type, Function<E, String> name) {
        Arrays.stream(type.getEnumConstants()).forEach(constant -> assertThat(name.apply(constant))
                .as("%s.%s", type.getSimpleName(), constant).isNotBlank());
    }
}
