package fr.hautsdefrance.acte.payment.domain.pes;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Iterator;

import static fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter.amount;
import static fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter.digits;
import static fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter.optional;
import static fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter.text;
import static fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter.value;

/**
 * Writes a bordereau of titres de recette as a PES V2 file (PES_Aller with PES_RecetteAller),
 * streaming, under the same envelope and header as the mandates: each titre (a pièce of one line:
 * the local product code, nature and function accounts, the amount, not majorable) claims back from
 * its debtor, identified like a mandate's creditor (SIRET, category, legal nature, name, address).
 * Element names and formats follow the DGFiP's PES V2 schemas (PES_RecetteAller.xsd,
 * Class_BordereauRecetteAller.xsd, Class_TitreAller.xsd, Class_LigneTitreAller.xsd).
 */
public final class PesRecetteWriter {

    private PesRecetteWriter() {
    }

    /** The debtor of a titre (Tiers): identity and address. */
    public record Debtor(String siret, String reference, String category, String legalNature, String name,
            String addressLine, String postCode, String town) {
    }

    /** A titre: the pièce (IdPce, object) and its one line (product code, nature, function, amount). */
    public record Titre(int number, String object, String productCode, String nature, String function,
            BigDecimal amount, Debtor debtor) {
    }

    /** Writes the file to {@code out} (not closed). */
    public static void write(PesAllerWriter.Header header, PesAllerWriter.Bordereau bordereau, Iterator<Titre> titres,
            OutputStream out) {
        PesAllerWriter.write(header, bordereau, titres, new PesAllerWriter.Flow<>("PES_RecetteAller", "EnTeteRecette",
                "MtBordHt", "titres", PesRecetteWriter::piece, Titre::amount), out);
    }

    private static void piece(XMLStreamWriter xml, Titre titre) throws XMLStreamException {
        if (titre.amount().signum() <= 0) {
            throw new IllegalArgumentException("titre " + titre.number() + " has no positive amount");
        }
        xml.writeStartElement("Piece");
        xml.writeStartElement("BlocPiece");
        value(xml, "IdPce", String.valueOf(titre.number()));
        value(xml, "TypPce", "01");
        value(xml, "NatPce", "01");
        optional(xml, "ObjPce", PesText.clean(titre.object(), 160));
        xml.writeEndElement();

        xml.writeStartElement("LigneDePiece");
        xml.writeStartElement("BlocLignePiece");
        xml.writeStartElement("InfoLignePiece");
        value(xml, "IdLigne", "1");
        optional(xml, "ObjLignePce", PesText.clean(titre.object(), 160));
        value(xml, "CodProdLoc", text(titre.productCode(), 4, "CodProdLoc"));
        value(xml, "Nature", text(titre.nature(), 12, "Nature"));
        optional(xml, "Fonction", PesText.clean(titre.function(), 10));
        value(xml, "Majo", "0");
        value(xml, "TvaIntraCom", "0");
        value(xml, "MtHT", amount(titre.amount()));
        xml.writeEndElement();
        xml.writeEndElement();

        Debtor debtor = titre.debtor();
        xml.writeStartElement("Tiers");
        xml.writeStartElement("InfoTiers");
        if (debtor.siret() != null && !debtor.siret().isBlank()) {
            value(xml, "IdTiers", digits(debtor.siret(), 14, "IdTiers"));
            value(xml, "NatIdTiers", "01");
        }
        optional(xml, "RefTiers", PesText.clean(debtor.reference(), 30));
        value(xml, "CatTiers", debtor.category());
        value(xml, "NatJur", debtor.legalNature());
        value(xml, "Nom", text(debtor.name(), 38, "Nom"));
        xml.writeEndElement();
        xml.writeStartElement("Adresse");
        value(xml, "TypAdr", "1");
        optional(xml, "Adr2", PesText.clean(debtor.addressLine(), 38));
        optional(xml, "CP", PesText.clean(debtor.postCode(), 5));
        value(xml, "Ville", text(debtor.town(), 38, "Ville"));
        value(xml, "CodRes", "0");
        xml.writeEndElement();
        xml.writeEndElement(); // Tiers
        xml.writeEndElement(); // LigneDePiece
        xml.writeEndElement(); // Piece
    }
}
