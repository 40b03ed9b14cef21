package fr.hautsdefrance.acte.payment.domain.pes;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

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

    public static void write(PesAllerWriter.Header header, PesAllerWriter.Bordereau bordereau, Iterator<Titre> titres,
            OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(buffered, PesAllerWriter.ENCODING);
            xml.writeStartDocument(PesAllerWriter.ENCODING, "1.0");
            xml.writeStartElement("n", "PES_Aller", PesAllerWriter.NAMESPACE);
            xml.writeNamespace("n", PesAllerWriter.NAMESPACE);
            PesAllerWriter.envelope(xml, header);
            PesAllerWriter.headerBlock(xml, header);

            xml.writeStartElement("PES_RecetteAller");
            xml.writeStartElement("EnTeteRecette");
            value(xml, "IdVer", "2");
            value(xml, "InfoDematerialisee", "0");
            xml.writeEndElement();

            xml.writeStartElement("Bordereau");
            xml.writeStartElement("BlocBordereau");
            value(xml, "Exer", String.valueOf(bordereau.exercise()));
            value(xml, "IdBord", String.valueOf(bordereau.number()));
            value(xml, "DteBordEm", bordereau.issuedOn().toString());
            value(xml, "TypBord", "01");
            value(xml, "NbrPce", String.valueOf(bordereau.numberOfMandates()));
            value(xml, "MtBordHt", amount(bordereau.amount()));
            xml.writeEndElement();

            int count = 0;
            BigDecimal total = BigDecimal.ZERO;
            while (titres.hasNext()) {
                Titre titre = titres.next();
                piece(xml, titre);
                count++;
                total = total.add(titre.amount());
            }
            if (count != bordereau.numberOfMandates() || total.compareTo(bordereau.amount()) != 0) {
                throw new IllegalStateException("bordereau of titres " + bordereau.number() + " announces "
                        + bordereau.numberOfMandates() + " titres for " + bordereau.amount() + ", " + count
                        + " written for " + total);
            }
            xml.writeEndElement(); // Bordereau
            xml.writeEndElement(); // PES_RecetteAller
            xml.writeEndElement(); // PES_Aller
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            buffered.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("PES file not written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
