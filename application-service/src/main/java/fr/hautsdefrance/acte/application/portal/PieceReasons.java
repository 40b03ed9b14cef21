package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.DocumentType;
import io.quarkus.qute.TemplateExtension;

/** Why the Region asks for each piece of a file, in the applicant's words (shown next to its upload slot). */
@TemplateExtension
public final class PieceReasons {

    private PieceReasons() {
    }

    static String reason(DocumentType type) {
        return switch (type) {
            case STATUTES -> "Ils montrent l'objet et la forme de la structure : la Région vérifie qu'elle peut "
                    + "bénéficier d'ACTE. Joignez la dernière version signée.";
            case RIB -> "Les versements de la subvention sont faits sur ce compte, au nom de la structure.";
            case SIRENE_NOTICE -> "Il confirme l'identité de la structure (SIREN, adresse, activité) ; il se "
                    + "télécharge sur le site de l'INSEE.";
            case KBIS -> "Il confirme l'existence légale de la société et ses dirigeants ; daté de moins de trois mois.";
            case BUDGET -> "Il détaille les dépenses et les ressources du projet ; la subvention se calcule sur "
                    + "les dépenses éligibles.";
            case LAST_ACCOUNTS -> "Ils montrent la santé financière de la structure (bilan et compte de résultat du "
                    + "dernier exercice clos).";
            case EPCI_DELIBERATION -> "Elle montre que l'assemblée de l'EPCI a autorisé la demande de subvention.";
            case GROUPING_AGREEMENT -> "Elle établit le groupement et désigne l'EPCI qui porte la demande pour les autres.";
            case PARTNER_LETTER -> "Elle atteste l'engagement d'un partenaire dans la coopération.";
            case INFORMATION_ANSWER -> "Elle répond à une demande de compléments de la Région.";
            case OTHER -> "Tout document utile à la compréhension du projet.";
            case EXPENSE_EVIDENCE -> "Il justifie une dépense réalisée, pour une demande de versement.";
        };
    }
}
