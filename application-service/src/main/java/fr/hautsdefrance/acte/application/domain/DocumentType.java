package fr.hautsdefrance.acte.application.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The pieces of a file; their French names, as the applicant sees them, are in the service's message
 * bundle ({@code documentType_$…}).
 */
public enum DocumentType {
    STATUTES,
    RIB,
    SIRENE_NOTICE,
    KBIS,
    BUDGET,
    LAST_ACCOUNTS,
    EPCI_DELIBERATION,
    GROUPING_AGREEMENT,
    PARTNER_LETTER,
    INFORMATION_ANSWER,
    OTHER,
    /** An invoice or statement joined to a payment request, once the agreement is signed; never asked at the deposit. */
    EXPENSE_EVIDENCE;

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
