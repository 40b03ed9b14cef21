package fr.hautsdefrance.acte.application.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The pieces of a file, with their French names as the applicant sees them. */
public enum DocumentType {
    STATUTES("Statuts signés"),
    RIB("Relevé d'identité bancaire (RIB)"),
    SIRENE_NOTICE("Avis de situation au répertoire SIRENE"),
    KBIS("Extrait K-bis"),
    BUDGET("Budget prévisionnel du projet"),
    LAST_ACCOUNTS("Derniers comptes approuvés"),
    EPCI_DELIBERATION("Délibération de l'EPCI autorisant la demande"),
    GROUPING_AGREEMENT("Convention du groupement d'EPCI"),
    PARTNER_LETTER("Lettre d'engagement d'un partenaire"),
    INFORMATION_ANSWER("Pièce jointe à une réponse"),
    OTHER("Autre pièce"),
    /** An invoice or statement joined to a payment request, once the agreement is signed; never asked at the deposit. */
    EXPENSE_EVIDENCE("Justificatif de dépenses d'une demande de versement");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The pieces an applicant joins to the file itself (the expense evidence comes with payment requests). */
    public static List<DocumentType> ofTheFile() {
        return Arrays.stream(values()).filter(type -> type != EXPENSE_EVIDENCE).toList();
    }

    /** What must be in the file before it can be submitted, by kind of applicant. */
    public static Set<DocumentType> requiredFor(ApplicantType applicant, LegalForm legalForm) {
        return switch (applicant) {
            case ESS_ENTERPRISE -> legalForm == LegalForm.ESS_COMMERCIAL_COMPANY || legalForm == LegalForm.COOPERATIVE
                    ? EnumSet.of(STATUTES, RIB, KBIS, BUDGET, LAST_ACCOUNTS)
                    : EnumSet.of(STATUTES, RIB, SIRENE_NOTICE, BUDGET, LAST_ACCOUNTS);
            case EPCI -> EnumSet.of(EPCI_DELIBERATION, RIB, BUDGET);
            case EPCI_GROUPING -> EnumSet.of(EPCI_DELIBERATION, GROUPING_AGREEMENT, RIB, BUDGET);
        };
    }
}
