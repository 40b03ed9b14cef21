package fr.hautsdefrance.acte.payment.domain.pes;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the public accountant's system (Hélios) sends back about a PES_Aller file, streaming:
 * <ul>
 * <li>{@code PES_Acquit}: the file (NomFic) was received and will be processed;</li>
 * <li>{@code PES_NonAcquit}: the file was refused as a whole (NomFic, Motif);</li>
 * <li>{@code PES_Retour} with {@code PES_DepenseRetour}: for each bordereau (Exer, IdBord) and pièce
 * (IdPce), the accountant's decision: taken in charge (DtePcePec), rejected (DtePceRej, with the
 * observation and comment), or put on hold (DtePceInst).</li>
 * </ul>
 * Elements are matched by their local names, as the PES V2 specification writes them (each value an
 * attribute {@code V}). DTDs and external entities are refused.
 */
public final class PesAnswerReader {

    private PesAnswerReader() {
    }

    /** What the answer says. */
    public sealed interface Answer permits FileAccepted, FileRefused, PieceDecisions {
    }

    public record FileAccepted(String fileName) implements Answer {
    }

    public record FileRefused(String fileName, String reason) implements Answer {
    }

    public record PieceDecisions(List<PieceDecision> pieces) implements Answer {
    }

    public enum Decision { TAKEN_IN_CHARGE, REJECTED, ON_HOLD, UNDECIDED }

    /** One pièce (mandate) of one bordereau, as the accountant decided on it. */
    public record PieceDecision(int exercise, int bordereau, long piece, LocalDate takenInChargeOn,
            LocalDate rejectedOn, LocalDate onHoldSince, String observation, String comment) {

        /** A rejection after the taking in charge (cancelled) is a rejection. */
        public Decision decision() {
            if (rejectedOn != null) {
                return Decision.REJECTED;
            }
            if (takenInChargeOn != null) {
                return Decision.TAKEN_IN_CHARGE;
            }
            return onHoldSince != null ? Decision.ON_HOLD : Decision.UNDECIDED;
        }

        /** Why, in the accountant's words. */
        public String reason() {
            String reason = String.join(" — ", java.util.stream.Stream.of(observation, comment)
                    .filter(s -> s != null && !s.isBlank()).toList());
            return reason.isEmpty() ? null : reason;
        }
    }

    /** Thrown when the document is not a PES answer this reader knows, or is malformed. */
    public static final class UnreadableAnswer extends RuntimeException {
        public UnreadableAnswer(String message) {
            super(message);
        }
    }

    public static Answer read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                xml.nextTag();
                String root = xml.getLocalName();
                return switch (root) {
                    case "PES_Acquit" -> new FileAccepted(fileName(xml, "Acquit", null)[0]);
                    case "PES_NonAcquit" -> {
                        String[] refusal = fileName(xml, "NonAcquit", "Motif");
                        yield new FileRefused(refusal[0], refusal[1]);
                    }
                    case "PES_Retour" -> new PieceDecisions(pieces(xml));
                    default -> throw new UnreadableAnswer("« " + root + " » n'est pas une réponse du comptable : "
                            + "attendu PES_Acquit, PES_NonAcquit ou PES_Retour.");
                };
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new UnreadableAnswer("Le fichier n'est pas un XML lisible : " + e.getMessage());
        }
    }

    /** NomFic (and the other value asked for) inside the block named {@code block}. */
    private static String[] fileName(XMLStreamReader xml, String block, String other) throws XMLStreamException {
        String[] values = new String[2];
        boolean inside = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals(block)) {
                    inside = true;
                } else if (inside && name.equals("NomFic")) {
                    values[0] = v(xml);
                } else if (inside && name.equals(other)) {
                    values[1] = v(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(block)) {
                break;
            }
        }
        if (values[0] == null) {
            throw new UnreadableAnswer("Le bloc " + block + " ne nomme pas le fichier concerné (NomFic).");
        }
        return values;
    }

    private static List<PieceDecision> pieces(XMLStreamReader xml) throws XMLStreamException {
        List<PieceDecision> pieces = new ArrayList<>();
        Integer exercise = null;
        Integer bordereau = null;
        boolean inDepense = false;
        boolean inInfoPiece = false;
        Long piece = null;
        LocalDate pec = null;
        LocalDate rej = null;
        LocalDate inst = null;
        String observation = null;
        String comment = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "PES_DepenseRetour" -> inDepense = true;
                    case "Exer" -> exercise = inDepense && !inInfoPiece ? integer(v(xml), "Exer") : exercise;
                    case "IdBord" -> bordereau = inDepense ? integer(v(xml), "IdBord") : bordereau;
                    case "InfoPiece" -> {
                        inInfoPiece = inDepense;
                        piece = null;
                        pec = rej = inst = null;
                        observation = comment = null;
                    }
                    case "IdPce" -> piece = inInfoPiece ? number(v(xml), "IdPce") : piece;
                    case "DtePcePec" -> pec = inInfoPiece ? date(v(xml), "DtePcePec") : pec;
                    case "DtePceRej" -> rej = inInfoPiece ? date(v(xml), "DtePceRej") : rej;
                    case "DtePceInst" -> inst = inInfoPiece ? date(v(xml), "DtePceInst") : inst;
                    case "ObsEtat" -> observation = inInfoPiece ? v(xml) : observation;
                    case "Commentaire" -> comment = inInfoPiece ? v(xml) : comment;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("InfoPiece") && inInfoPiece) {
                    if (exercise == null || bordereau == null || piece == null) {
                        throw new UnreadableAnswer("Une pièce du retour ne dit pas son exercice, son bordereau ou son "
                                + "numéro (Exer, IdBord, IdPce).");
                    }
                    pieces.add(new PieceDecision(exercise, bordereau, piece, pec, rej, inst, observation, comment));
                    inInfoPiece = false;
                } else if (name.equals("PES_DepenseRetour")) {
                    inDepense = false;
                }
            }
        }
        if (pieces.isEmpty()) {
            throw new UnreadableAnswer("Le retour ne contient aucune pièce de dépense (PES_DepenseRetour).");
        }
        return pieces;
    }

    private static String v(XMLStreamReader xml) {
        String value = xml.getAttributeValue(null, "V");
        return value == null ? null : value.strip();
    }

    private static int integer(String value, String element) {
        return (int) number(value, element);
    }

    private static long number(String value, String element) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new UnreadableAnswer(element + " « " + value + " » n'est pas un nombre.");
        }
    }

    private static LocalDate date(String value, String element) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UnreadableAnswer(element + " « " + value + " » n'est pas une date AAAA-MM-JJ.");
        }
    }
}
