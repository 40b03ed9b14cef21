package fr.hautsdefrance.acte.payment.domain.pes;

import fr.hautsdefrance.acte.payment.PesSchema;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bordereau of mandates written as the PES V2 specification says, checked against its elements. */
class PesAllerWriterTest {

    static final PesAllerWriter.Header HEADER = new PesAllerWriter.Header("ACTE-PESDEP-2026-0000072", "ACTE-RHDF",
            "acte.hautsdefrance.fr", "helios.dgfip.finances.gouv.fr", LocalDate.of(2026, 12, 7), "059000",
            "20005376700014", "001", "01", "REGION HAUTS-DE-FRANCE");

    static PesAllerWriter.Mandate mandate(int number, String amount, String name) {
        return new PesAllerWriter.Mandate(number, "Subvention ACTE ACTE-2026-000123 - avance - deliberation CP-2026-12-201",
                "6574", "61", "ACTE ACTE-2026-000123 avance", "Deliberation CP-2026-12-201", new BigDecimal(amount),
                new PesAllerWriter.Creditor("12345678200017", "ACTE-2026-000123", "50", "06", name,
                        "12 Rue de la Fosse 9", "62300", "Lens", "PSSTFRPPLIL", "FR1420041010050500013M02606",
                        "Association Les Jardins du Bassin minier"));
    }

    static byte[] write(PesAllerWriter.Bordereau bordereau, Iterator<PesAllerWriter.Mandate> mandates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PesAllerWriter.write(HEADER, bordereau, mandates, out);
        return out.toByteArray();
    }

    @Test
    void a_bordereau_of_two_mandates_has_every_element_the_specification_requires() throws SAXException, IOException {
        byte[] file = write(new PesAllerWriter.Bordereau(2026, 72, LocalDate.of(2026, 12, 7), 2, new BigDecimal("21000.00")),
                List.of(mandate(832, "9000.00", "Les Jardins du Bassin minier"),
                        mandate(833, "12000.00", "Coopérative d’habitants Œuvre commune")).iterator());

        PesSchema.validate(file);
        String text = new String(file, Charset.forName(PesAllerWriter.ENCODING));
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
                .contains("<n:PES_Aller xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller\">");
        XmlPath xml = new XmlPath(text).setRoot("PES_Aller");
        assertThat(xml.getString("Enveloppe.Parametres.TypFic.@V")).isEqualTo("PESALR2");
        assertThat(xml.getString("Enveloppe.Parametres.NomFic.@V")).isEqualTo("ACTE-PESDEP-2026-0000072");
        assertThat(xml.getString("EnTetePES.IdColl.@V")).isEqualTo("20005376700014");
        assertThat(xml.getString("EnTetePES.IdPost.@V")).isEqualTo("059000");
        assertThat(xml.getString("PES_DepenseAller.EnTeteDepense.IdVer.@V")).isEqualTo("2");
        String bordereau = "PES_DepenseAller.Bordereau.";
        assertThat(xml.getString(bordereau + "BlocBordereau.Exer.@V")).isEqualTo("2026");
        assertThat(xml.getString(bordereau + "BlocBordereau.IdBord.@V")).isEqualTo("72");
        assertThat(xml.getString(bordereau + "BlocBordereau.NbrPce.@V")).isEqualTo("2");
        assertThat(xml.getString(bordereau + "BlocBordereau.MtBordHT.@V")).isEqualTo("21000.00");
        assertThat(xml.getList(bordereau + "Piece.BlocPiece.InfoPce.IdPce.@V")).containsExactly("832", "833");
        String line = bordereau + "Piece[1].LigneDePiece.";
        assertThat(xml.getString(line + "BlocLignePiece.InfoLignePce.Nature.@V")).isEqualTo("6574");
        assertThat(xml.getString(line + "BlocLignePiece.InfoLignePce.Fonction.@V")).isEqualTo("61");
        assertThat(xml.getString(line + "BlocLignePiece.InfoLignePce.MtHT.@V")).isEqualTo("12000.00");
        assertThat(xml.getString(line + "Tiers.InfoTiers.IdTiers.@V")).isEqualTo("12345678200017");
        assertThat(xml.getString(line + "Tiers.InfoTiers.NatIdTiers.@V")).isEqualTo("01");
        // Kept in Latin-1: accents stay, the typographic apostrophe and the œ ligature become plain letters.
        assertThat(xml.getString(line + "Tiers.InfoTiers.Nom.@V")).isEqualTo("Coopérative d'habitants OEuvre commune");
        assertThat(xml.getString(line + "Tiers.CpteBancaire.IBAN.@V")).isEqualTo("FR1420041010050500013M02606");
        assertThat(xml.getString(line + "Tiers.CpteBancaire.BIC.@V")).isEqualTo("PSSTFRPPLIL");
        assertThat(xml.getString(line + "Tiers.CpteBancaire.TitCpte.@V")).hasSizeLessThanOrEqualTo(32);
    }

    @Test
    void a_bordereau_whose_mandates_do_not_add_up_to_its_header_is_not_written() {
        assertThatThrownBy(() -> write(new PesAllerWriter.Bordereau(2026, 1, LocalDate.of(2026, 12, 7), 2,
                new BigDecimal("9000.00")), List.of(mandate(1, "9000.00", "A"), mandate(2, "1.00", "B")).iterator()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("announces 2 mandates for 9000.00");
    }

    @Test
    void a_creditor_without_a_name_or_a_mandate_of_nothing_is_refused() {
        PesAllerWriter.Bordereau one = new PesAllerWriter.Bordereau(2026, 1, LocalDate.of(2026, 12, 7), 1,
                new BigDecimal("0.00"));
        assertThatThrownBy(() -> write(one, List.of(mandate(1, "0.00", "A")).iterator()))
                .isInstanceOf(IllegalArgumentException.class);
        PesAllerWriter.Bordereau ten = new PesAllerWriter.Bordereau(2026, 1, LocalDate.of(2026, 12, 7), 1,
                new BigDecimal("10.00"));
        assertThatThrownBy(() -> write(ten, List.of(mandate(1, "10.00", " \u0007 ")).iterator()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nom");
    }

    @Test
    void a_bordereau_of_titres_de_recette_has_every_element_the_specification_requires() throws SAXException, IOException {
        PesRecetteWriter.Debtor debtor = new PesRecetteWriter.Debtor("12345678200017", "ACTE-2026-000123", "50", "06",
                "Les Jardins du Bassin minier", "12 Rue de la Fosse 9", "62300", "Lens");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PesRecetteWriter.write(HEADER, new PesAllerWriter.Bordereau(2026, 4, LocalDate.of(2026, 12, 7), 1,
                new BigDecimal("4000.00")), List.of(new PesRecetteWriter.Titre(17, "Reversement de subvention ACTE "
                + "ACTE-2026-000123 - deliberation CP-2026-12-201", "RVSB", "7788", "61", new BigDecimal("4000.00"),
                debtor)).iterator(), out);

        PesSchema.validate(out.toByteArray());
        XmlPath xml = new XmlPath(new String(out.toByteArray(), Charset.forName(PesAllerWriter.ENCODING)))
                .setRoot("PES_Aller.PES_RecetteAller");
        assertThat(xml.getString("EnTeteRecette.IdVer.@V")).isEqualTo("2");
        assertThat(xml.getString("Bordereau.BlocBordereau.IdBord.@V")).isEqualTo("4");
        assertThat(xml.getString("Bordereau.BlocBordereau.MtBordHt.@V")).isEqualTo("4000.00");
        assertThat(xml.getString("Bordereau.Piece.BlocPiece.IdPce.@V")).isEqualTo("17");
        assertThat(xml.getString("Bordereau.Piece.LigneDePiece.BlocLignePiece.InfoLignePiece.CodProdLoc.@V"))
                .isEqualTo("RVSB");
        assertThat(xml.getString("Bordereau.Piece.LigneDePiece.BlocLignePiece.InfoLignePiece.Majo.@V")).isEqualTo("0");
        assertThat(xml.getString("Bordereau.Piece.LigneDePiece.Tiers.Adresse.Ville.@V")).isEqualTo("Lens");
    }

    @Test
    void texts_are_cut_to_their_field_and_rid_of_what_latin_1_cannot_carry() {
        assertThat(PesText.clean("Tiers-lieu « L’Atelier » \uD83D\uDE00 – 2026", 100))
                .isEqualTo("Tiers-lieu « L'Atelier » - 2026");
        assertThat(PesText.clean("x".repeat(50), 38)).hasSize(38);
        assertThat(PesText.clean("\u0000\u200b", 38)).isNull();
    }

    @Test
    void ten_thousand_mandates_stream_into_one_valid_bordereau() throws SAXException, IOException {
        int count = 10_000;
        Iterator<PesAllerWriter.Mandate> mandates = IntStream.rangeClosed(1, count)
                .mapToObj(i -> mandate(i, "1500.00", "Structure " + i)).iterator();
        byte[] file = write(new PesAllerWriter.Bordereau(2026, 3, LocalDate.of(2026, 12, 7), count,
                new BigDecimal("1500.00").multiply(BigDecimal.valueOf(count))), mandates);
        PesSchema.validate(file);
        String text = new String(file, Charset.forName(PesAllerWriter.ENCODING));
        assertThat(text.split("<IdPce V=", -1)).hasSize(count + 1);
        assertThat(text).contains("<IdPce V=\"1\"/>", "<IdPce V=\"10000\"/>", "<MtBordHT V=\"15000000.00\"/>");
    }
}
