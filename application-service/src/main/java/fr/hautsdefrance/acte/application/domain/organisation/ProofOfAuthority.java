package fr.hautsdefrance.acte.application.domain.organisation;

import fr.hautsdefrance.acte.application.domain.LegalForm;

/**
 * The pieces an officer checks before verifying a claim (ACTE.md: the SIREN against the statutes, a
 * Kbis or RNA extract, and the signatory's authority), by the claimant's legal form.
 */
public final class ProofOfAuthority {

    private ProofOfAuthority() {
    }

    /** What the claimant joins, in the words the pages use. */
    public static String expectedFor(LegalForm form) {
        return switch (form) {
            case ASSOCIATION -> "les statuts à jour et l'extrait du Répertoire national des associations (RNA) ou le "
                    + "récépissé de déclaration en préfecture, avec le procès-verbal désignant la personne qui signe "
                    + "pour l'association";
            case COOPERATIVE, MUTUAL, ESS_COMMERCIAL_COMPANY, COMMERCIAL_COMPANY -> "un extrait Kbis de moins de "
                    + "trois mois (ou l'extrait du registre des mutuelles) et les statuts, avec le pouvoir de la "
                    + "personne qui signe si elle n'est pas le représentant légal";
            case FOUNDATION -> "les statuts et le décret ou l'arrêté de reconnaissance, avec la délibération du "
                    + "conseil désignant la personne qui signe";
            case LOCAL_AUTHORITY -> "l'arrêté préfectoral de création ou les statuts de l'EPCI, avec la délibération "
                    + "ou l'arrêté de délégation de la personne qui signe";
        };
    }
}
