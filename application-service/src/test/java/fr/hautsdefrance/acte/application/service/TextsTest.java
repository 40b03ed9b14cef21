package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.CheckStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.domain.audit.AuditAction;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSessionStatus;
import fr.hautsdefrance.acte.application.domain.organisation.ClaimStatus;
import fr.hautsdefrance.acte.application.domain.organisation.MemberRole;
import fr.hautsdefrance.acte.application.domain.payment.BankDetailsStatus;
import fr.hautsdefrance.acte.application.domain.payment.GrantStatus;
import fr.hautsdefrance.acte.application.domain.payment.LineDecision;
import fr.hautsdefrance.acte.application.domain.payment.PaymentKind;
import fr.hautsdefrance.acte.application.domain.payment.PaymentStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundle names every constant: the build refuses a constant without a line in
 * msg_fr.properties, this checks that no line was left blank, and that the wording is the one the pages
 * have always shown.
 */
@QuarkusTest
class TextsTest {

    @Inject
    Texts texts;

    @Test
    void every_constant_of_every_named_enum_has_a_french_name() {
        assertNamed(ApplicationStatus.class, texts::applicationStatus);
        assertNamed(Stage.class, texts::stage);
        assertNamed(Stage.class, texts::stageDescription);
        assertNamed(ApplicantType.class, texts::applicantType);
        assertNamed(LegalForm.class, texts::legalForm);
        assertNamed(PartnerCategory.class, texts::partnerCategory);
        assertNamed(ExpenseCategory.class, texts::expenseCategory);
        assertNamed(FundingSource.class, texts::fundingSource);
        assertNamed(MemberRole.class, texts::memberRole);
        assertNamed(CommitteeSessionStatus.class, texts::committeeSessionStatus);
        assertNamed(DocumentType.class, texts::documentType);
        assertNamed(DocumentType.class, texts::documentReason);
        assertNamed(ClaimStatus.class, texts::claimStatus);
        assertNamed(CheckStatus.class, texts::checkStatus);
        assertNamed(AuditAction.class, texts::auditAction);
        assertNamed(PaymentStatus.class, texts::paymentStatus);
        assertNamed(PaymentKind.class, texts::paymentKind);
        assertNamed(GrantStatus.class, texts::grantStatus);
        assertNamed(BankDetailsStatus.class, texts::bankDetailsStatus);
        assertNamed(LineDecision.class, texts::lineDecision);
    }

    @Test
    void the_names_are_the_ones_the_pages_show_accents_and_apostrophes_included() {
        assertThat(texts.applicationStatus(ApplicationStatus.SUBMITTED)).isEqualTo("Déposé");
        assertThat(texts.stage(Stage.EMERGENCE)).isEqualTo("Émergence");
        assertThat(texts.expenseCategory(ExpenseCategory.OPERATING)).isEqualTo("Fonctionnement du projet");
        assertThat(texts.fundingSource(FundingSource.REGION_ACTE)).isEqualTo("Région — ACTE (montant demandé)");
        assertThat(texts.documentType(DocumentType.RIB)).isEqualTo("Relevé d'identité bancaire (RIB)");
        assertThat(texts.claimStatus(ClaimStatus.PENDING)).isEqualTo("en attente de vérification");
        assertThat(texts.paymentStatus(PaymentStatus.REQUESTED)).isEqualTo("Demandé, en cours d'examen");
        assertThat(texts.auditAction(AuditAction.ELIGIBILITY_ASSESSED)).isEqualTo("Analyse d'éligibilité reçue");
        assertThat(texts.checkStatus(CheckStatus.WARN)).isEqualTo("À noter");
        assertThat(texts.stageDescription(Stage.STRUCTURATION))
                .isEqualTo("Créer ou développer des services mixtes publics-privés, jusqu'à une structure porteuse (SCIC…).");
    }

    @Test
    void an_illegal_transition_is_worded_with_both_statuses_named() {
        assertThat(texts.illegalTransition(ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED))
                .isEqualTo("Le dossier est au statut « Déposé » : il ne peut pas passer au statut « Refusé ».");
    }

    @Test
    void a_claim_decided_already_is_refused_naming_its_status() {
        assertThat(texts.claimDecided(ClaimStatus.REJECTED))
                .isEqualTo("Cette demande est déjà rejetée : elle ne peut plus être vérifiée.");
    }

    private static <E extends Enum<E>> void assertNamed(Class<E> type, Function<E, String> name) {
        Arrays.stream(type.getEnumConstants()).forEach(constant -> assertThat(name.apply(constant))
                .as("%s.%s", type.getSimpleName(), constant).isNotBlank());
    }
}
