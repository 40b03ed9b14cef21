package fr.hautsdefrance.acte.payment.domain.pes;

import fr.hautsdefrance.acte.payment.PesAnswers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The accountant's answers as Hélios writes them (the DGFiP's examples), read into decisions. */
class PesAnswerReaderTest {

    static PesAnswerReader.Answer read(String xml) {
        return PesAnswerReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_acquit_names_the_file_received() {
        assertThat(read(PesAnswers.acquit("ACTE-PESDEP-2026-0000001")))
                .isEqualTo(new PesAnswerReader.FileAccepted("ACTE-PESDEP-2026-0000001"));
    }

    @Test
    void a_non_acquit_names_the_file_refused_and_why() {
        assertThat(read(PesAnswers.nonAcquit("ACTE-PESDEP-2026-0000001", "ERREUR_CODIQUE")))
                .isEqualTo(new PesAnswerReader.FileRefused("ACTE-PESDEP-2026-0000001", "ERREUR_CODIQUE"));
    }

    @Test
    void a_retour_gives_each_mandate_taken_in_charge_or_rejected_with_the_accountants_reason() {
        PesAnswerReader.PieceDecisions decisions = (PesAnswerReader.PieceDecisions) read(PesAnswers.retour(2026, 7,
                PesAnswers.takenInCharge(41, "2026-12-08"), PesAnswers.rejected(42, "2026-12-09", "RIB invalide")));
        assertThat(decisions.pieces()).hasSize(2);
        PesAnswerReader.PieceDecision first = decisions.pieces().get(0);
        assertThat(first.exercise()).isEqualTo(2026);
        assertThat(first.bordereau()).isEqualTo(7);
        assertThat(first.piece()).isEqualTo(41);
        assertThat(first.decision()).isEqualTo(PesAnswerReader.Decision.TAKEN_IN_CHARGE);
        assertThat(first.takenInChargeOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        PesAnswerReader.PieceDecision second = decisions.pieces().get(1);
        assertThat(second.decision()).isEqualTo(PesAnswerReader.Decision.REJECTED);
        assertThat(second.reason()).isEqualTo("RIB invalide — RIB du créancier à vérifier");
    }

    @Test
    void anything_else_is_refused_as_unreadable_and_external_entities_are_never_resolved() {
        assertThatThrownBy(() -> read("<Document/>")).isInstanceOf(PesAnswerReader.UnreadableAnswer.class)
                .hasMessageContaining("PES_Acquit, PES_NonAcquit ou PES_Retour");
        assertThatThrownBy(() -> read("pas du XML")).isInstanceOf(PesAnswerReader.UnreadableAnswer.class);
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<n:PES_Acquit xmlns:n=\"p\"><Acquit><NomFic V=\"&x;\"/></Acquit></n:PES_Acquit>"))
                .isInstanceOf(PesAnswerReader.UnreadableAnswer.class);
        assertThatThrownBy(() -> read(PesAnswers.retour(2026, 7, "<Piece><InfoPiece><TypPce V=\"01\"/></InfoPiece></Piece>")))
                .isInstanceOf(PesAnswerReader.UnreadableAnswer.class).hasMessageContaining("IdPce");
    }
}
