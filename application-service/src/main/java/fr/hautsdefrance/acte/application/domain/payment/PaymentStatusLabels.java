package fr.hautsdefrance.acte.application.domain.payment;

/**
 * A payment's status as payment-service names it (SCHEDULED… REJECTED), in French: one label per
 * status, the same on the applicant's file and payments pages, the officers' Versements tab and the
 * finance desk. A status this service does not know yet is shown as it comes, never breaking a page.
 */
public final class PaymentStatusLabels {

    private PaymentStatusLabels() {
    }

    public static String of(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "SCHEDULED" -> "Prévu";
            case "REQUESTED" -> "Demandé, en cours d'examen";
            case "VALIDATED" -> "Liquidé, mandat en préparation";
            case "APPROVED" -> "Mandat approuvé";
            case "ORDERED" -> "Transmis pour paiement";
            case "PAID" -> "Payé";
            case "REJECTED" -> "Rejeté";
            default -> status;
        };
    }
}
