package fr.hautsdefrance.acte.payment.domain.pes;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a bordereau of mandates as a PES V2 file (PES_Aller with PES_DepenseAller), streaming:
 * envelope, the header with the collectivity's identifiers, one bordereau, then each mandate (a
 * pièce of one ligne de pièce: imputation, amount, the creditor with SIRET, address and bank
 * details). Memory stays flat whatever the number of mandates; the bordereau's count and amount,
 * written before the pièces, are checked against them.
 *
 * <p>Structure, element names and formats follow the DGFiP's PES V2 specification (schemas
 * PES_Aller, PES_DepenseAller and their common types, and the DGFiP's example PES_Aller file): every
 * value is an attribute {@code V}, the elements are unqualified under the root
 * {@code n:PES_Aller}. Bordereaux are ordinary (TypBord 01) and carry no electronic signature
 * (InfoDematerialisee 0): the supporting documents stay in ACTE.
 */
public final class PesAllerWriter {

    public static final String NAMESPACE = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";
    public static final String ENCODING = "ISO-8859-1";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private PesAllerWriter() {
    }

    /**
     * The sender and the collectivity (EnTetePES).
     *
     * @param fileName        NomFic, unique, 100 characters at most
     * @param senderCode      Emetteur/Sigle
     * @param senderAddress   Emetteur/Adresse
     * @param receiverAddress Recepteur/Adresse (the Hélios gateway address given by the DGFiP)
     * @param postId          IdPost: the public accountant's post (poste comptable, numéro codique)
     * @param collectivityId  IdColl: the collectivity's SIRET
     * @param collectivityCode CodCol
     * @param budgetCode      CodBud
     * @param budgetLabel     LibelleColBud
     */
    public record Header(String fileName, String senderCode, String senderAddress, String receiverAddress,
            LocalDate structureDate, String postId, String collectivityId, String collectivityCode, String budgetCode,
            String budgetLabel) {
    }

    /** BlocBordereau: exercise, number (unique and sequential in the exercise), date, count, amount. */
    public record Bordereau(int exercise, int number, LocalDate issuedOn, int numberOfMandates, BigDecimal amount) {
    }

    /** The creditor of a mandate (Tiers): identity, address and bank account (RIB as IBAN and BIC). */
    public record Creditor(String siret, String reference, String category, String legalNature, String name,
            String addressLine, String postCode, String town, String bic, String iban, String accountHolder) {
    }

    /**
     * A mandate: the pièce (IdPce, object) and its one line (nature and function accounts, transfer
     * labels, amount), paid to {@code creditor}.
     */
    public record Mandate(int number, String object, String nature, String function, String transferLabel1,
            String transferLabel2, BigDecimal amount, Creditor creditor) {
    }

    /** Writes the file to {@code out} (not closed). */
    public static void write(Header header, Bordereau bordereau, Iterator<Mandate> mandates, OutputStream out) {
        write(header, bordereau, mandates, new Flow<>("PES_DepenseAller", "EnTeteDepense", "MtBordHT", "mandates",
                PesAllerWriter::piece, Mandate::amount), out);
    }

    /** Writes one pièce of a flow. */
    @FunctionalInterface
    interface PieceWriter<P> {
        void write(XMLStreamWriter xml, P piece) throws XMLStreamException;
    }

    /**
     * What differs between the flows of a PES_Aller file (expenses, revenues): the flow's element and
     * header, the bordereau's amount element as each schema spells it, and how a pièce is written.
     */
    record Flow<P>(String element, String header, String bordereauAmount, String pieces, PieceWriter<P> piece,
            Function<P, BigDecimal> amount) {
    }

    /**
     * The envelope, the header and one bordereau of {@code flow}, its pièces streamed from
     * {@code pieces} and checked against the count and amount the bordereau announced.
     */
    static <P> void write(Header header, Bordereau bordereau, Iterator<P> pieces, Flow<P> flow, OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(buffered, ENCODING);
            xml.writeStartDocument(ENCODING, "1.0");
            xml.writeStartElement("n", "PES_Aller", NAMESPACE);
            xml.writeNamespace("n", NAMESPACE);
            envelope(xml, header);
            headerBlock(xml, header);

            xml.writeStartElement(flow.element());
            xml.writeStartElement(flow.header());
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
            value(xml, flow.bordereauAmount(), amount(bordereau.amount()));
            xml.writeEndElement();

            int count = 0;
            BigDecimal total = BigDecimal.ZERO;
            while (pieces.hasNext()) {
                P piece = pieces.next();
                flow.piece().write(xml, piece);
                count++;
                total = total.add(flow.amount().apply(piece));
            }
            if (count != bordereau.numberOfMandates() || total.compareTo(bordereau.amount()) != 0) {
                throw new IllegalStateException("bordereau " + bordereau.number() + " announces "
                        + bordereau.numberOfMandates() + " " + flow.pieces() + " for " + bordereau.amount() + ", "
                        + count + " written for " + total);
            }
            xml.writeEndElement(); // Bordereau
            xml.writeEndElement(); // the flow
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

    static void envelope(XMLStreamWriter xml, Header header) throws XMLStreamException {
        xml.writeStartElement("Enveloppe");
        xml.writeStartElement("Parametres");
        value(xml, "Version", "2");
        value(xml, "TypFic", "PESALR2");
        value(xml, "NomFic", text(header.fileName(), 100, "NomFic"));
        xml.writeEndElement();
        xml.writeStartElement("Emetteur");
        value(xml, "Sigle", text(header.senderCode(), 50, "Emetteur/Sigle"));
        value(xml, "Adresse", text(header.senderAddress(), 100, "Emetteur/Adresse"));
        xml.writeEndElement();
        xml.writeStartElement("Recepteur");
        value(xml, "Sigle", "HELIOS");
        value(xml, "Adresse", text(header.receiverAddress(), 100, "Recepteur/Adresse"));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static void headerBlock(XMLStreamWriter xml, Header header) throws XMLStreamException {
        xml.writeStartElement("EnTetePES");
        value(xml, "DteStr", header.structureDate().toString());
        value(xml, "IdPost", text(header.postId(), 7, "IdPost"));
        value(xml, "IdColl", digits(header.collectivityId(), 14, "IdColl"));
        value(xml, "CodCol", text(header.collectivityCode(), 3, "CodCol"));
        optional(xml, "CodBud", PesText.clean(header.budgetCode(), 2));
        optional(xml, "LibelleColBud", PesText.clean(header.budgetLabel(), 38));
        xml.writeEndElement();
    }

    private static void piece(XMLStreamWriter xml, Mandate mandate) throws XMLStreamException {
        if (mandate.amount().signum() <= 0) {
            throw new IllegalArgumentException("mandate " + mandate.number() + " has no positive amount");
        }
        xml.writeStartElement("Piece");
        xml.writeStartElement("BlocPiece");
        xml.writeStartElement("InfoPce");
        value(xml, "IdPce", String.valueOf(mandate.number()));
        value(xml, "TypPce", "01");
        value(xml, "NatPce", "01");
        optional(xml, "Obj", PesText.clean(mandate.object(), 100));
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement("LigneDePiece");
        xml.writeStartElement("BlocLignePiece");
        xml.writeStartElement("InfoLignePce");
        value(xml, "IdLigne", "1");
        value(xml, "Nature", text(mandate.nature(), 8, "Nature"));
        value(xml, "Fonction", text(mandate.function(), 10, "Fonction"));
        optional(xml, "LibVir1", PesText.clean(mandate.transferLabel1(), 32));
        optional(xml, "LibVir2", PesText.clean(mandate.transferLabel2(), 32));
        value(xml, "TVAIntraCom", "0");
        value(xml, "MtHT", amount(mandate.amount()));
        xml.writeEndElement();
        xml.writeEndElement();

        Creditor creditor = mandate.creditor();
        xml.writeStartElement("Tiers");
        xml.writeStartElement("InfoTiers");
        if (creditor.siret() != null && !creditor.siret().isBlank()) {
            value(xml, "IdTiers", digits(creditor.siret(), 14, "IdTiers"));
            value(xml, "NatIdTiers", "01");
        }
        optional(xml, "RefTiers", PesText.clean(creditor.reference(), 30));
        value(xml, "CatTiers", creditor.category());
        value(xml, "NatJur", creditor.legalNature());
        value(xml, "Nom", text(creditor.name(), 38, "Nom"));
        xml.writeEndElement();
        xml.writeStartElement("Adresse");
        value(xml, "TypAdr", "1");
        optional(xml, "Adr2", PesText.clean(creditor.addressLine(), 38));
        optional(xml, "CP", PesText.clean(creditor.postCode(), 5));
        value(xml, "Ville", text(creditor.town(), 38, "Ville"));
        value(xml, "CodRes", "0");
        xml.writeEndElement();
        xml.writeStartElement("CpteBancaire");
        value(xml, "BIC", text(creditor.bic(), 11, "BIC").toUpperCase(java.util.Locale.ROOT));
        value(xml, "IBAN", text(creditor.iban(), 34, "IBAN").toUpperCase(java.util.Locale.ROOT));
        value(xml, "TitCpte", text(creditor.accountHolder(), 32, "TitCpte"));
        xml.writeEndElement();
        xml.writeEndElement(); // Tiers
        xml.writeEndElement(); // LigneDePiece
        xml.writeEndElement(); // Piece
    }

    static void value(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("V", Objects.requireNonNull(value, element));
    }

    static void optional(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        if (value != null) {
            value(xml, element, value);
        }
    }

    static String text(String value, int maxLength, String element) {
        String clean = PesText.clean(value, maxLength);
        if (clean == null) {
            throw new IllegalArgumentException(element + " is mandatory in a PES file and is empty");
        }
        return clean;
    }

    static String digits(String value, int length, String element) {
        String stripped = value == null ? "" : value.strip();
        if (!stripped.matches("[0-9]{" + length + "}")) {
            throw new IllegalArgumentException(element + " must be " + length + " digits: " + value);
        }
        return stripped;
    }

    /** Euros with two decimals and a point, as PES amounts are written. */
    static String amount(BigDecimal euros) {
        return euros.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
