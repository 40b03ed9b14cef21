package fr.hautsdefrance.acte.payment;

/** The public accountant's answers as Hélios writes them (after the DGFiP's examples), for the tests. */
public final class PesAnswers {

    private static final String ENVELOPE = """
            <Enveloppe><Parametres><Version V="1"/><TypFic V="PESACK"/><NomFic V="ACK"/></Parametres>
            <Emetteur><Sigle V="HELIOS"/><Adresse V="x"/></Emetteur><Recepteur><Sigle V="ACTE"/><Adresse V="y"/></Recepteur></Enveloppe>""";

    private PesAnswers() {
    }

    public static String acquit(String fileName) {
        return "<n:PES_Acquit xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes\">" + ENVELOPE
                + "<Acquit><NomFic V=\"" + fileName + "\"/></Acquit></n:PES_Acquit>";
    }

    public static String nonAcquit(String fileName, String reason) {
        return "<n:PES_NonAcquit xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes\">" + ENVELOPE
                + "<NonAcquit><NomFic V=\"" + fileName + "\"/><Motif V=\"" + reason + "\"/></NonAcquit></n:PES_NonAcquit>";
    }

    /** A PES_Retour of dépense for one bordereau: its pièces as the accountant decided on them. */
    public static String retour(int exercise, int bordereau, String... pieces) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <n:PES_Retour xmlns:n="http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/retour">%s
                 <EnTetePES><DteStr V="2026-12-09"/><IdPost V="059000"/><IdColl V="20005376700014"/><CodCol V="001"/></EnTetePES>
                 <PES_DepenseRetour>
                  <EnTeteDepense><TypRestit V="01"/><IdVer V="2"/><NatInf V="2"/></EnTeteDepense>
                  <Bordereau><BlocBordereau><Exer V="%d"/><IdBord V="%d"/></BlocBordereau>%s</Bordereau>
                 </PES_DepenseRetour>
                </n:PES_Retour>""".formatted(ENVELOPE, exercise, bordereau, String.join("", pieces));
    }

    public static String takenInCharge(int piece, String on) {
        return """
                <Piece><InfoPiece><IdPce V="%d"/><TypPce V="01"/><NatPce V="01"/><DtePcePec V="%s"/><EtatPce V="01"/></InfoPiece>
                <LigneDePiece/></Piece>""".formatted(piece, on);
    }

    public static String rejected(int piece, String on, String observation) {
        return """
                <Piece><InfoPiece><IdPce V="%d"/><TypPce V="01"/><NatPce V="01"/><EtatPce V="02"/><ObsEtat V="%s"/>
                <Commentaire V="RIB du créancier à vérifier"/><DtePceRej V="%s"/></InfoPiece><LigneDePiece/></Piece>"""
                .formatted(piece, observation, on);
    }
}
