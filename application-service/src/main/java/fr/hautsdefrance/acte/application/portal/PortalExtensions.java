package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.FrenchFormats;
import fr.hautsdefrance.acte.application.service.AuditTrail;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.application.domain.audit.AuditEntry;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import fr.hautsdefrance.acte.application.domain.payment.PaymentStatusLabels;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * French wording of figures, dates and the codes other services send, for the templates; the names of this
 * service's own codes are in the message bundle ({@code {msg:stage(application.stage)}}, {@code Texts}).
 */
@TemplateExtension
public final class PortalExtensions {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

    private PortalExtensions() {
    }

    static String euros(BigDecimal amount) {
        return FrenchFormats.euros(amount);
    }

    static String french(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    static String french(OffsetDateTime at) {
        return at == null ? "—" : DATE_TIME.format(at.atZoneSameInstant(PARIS));
    }

    /** The error message for one field of a form, or null. */
    static String messageFor(List<Problem.FieldError> errors, String field) {
        return errors == null ? null : errors.stream().filter(e -> field.equals(e.field())).map(Problem.FieldError::message)
                .findFirst().orElse(null);
    }

    /** The error message for the {@code index}th row of a repeated field ({@code expenseAmount2}, {@code answer-<request id>}), or null. */
    static String messageFor(List<Problem.FieldError> errors, String prefix, Object index) {
        return messageFor(errors, prefix + index);
    }

    /**
     * The attributes a form control carries when its value was refused: marked invalid and described by its
     * message ({@link #errorFor}), so a screen reader reads the message with the field. Empty otherwise.
     */
    static RawString invalid(List<Problem.FieldError> errors, String field) {
        return messageFor(errors, field) == null ? new RawString("")
                : new RawString(" aria-invalid=\"true\" aria-describedby=\"" + escape(field) + "-error\"");
    }

    static RawString invalid(List<Problem.FieldError> errors, String prefix, Object index) {
        return invalid(errors, prefix + index);
    }

    /** The message next to the refused field, with the id {@link #invalid} points to; empty when the field is fine. */
    static RawString errorFor(List<Problem.FieldError> errors, String field) {
        String message = messageFor(errors, field);
        return message == null ? new RawString("")
                : new RawString("<span class=\"field-error\" id=\"" + escape(field) + "-error\">" + escape(message)
                        + "</span>");
    }

    static RawString errorFor(List<Problem.FieldError> errors, String prefix, Object index) {
        return errorFor(errors, prefix + index);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** 0.6 → "60". */
    static String percent(BigDecimal rate) {
        return FrenchFormats.percent(rate);
    }

    /**
     * The badge's colour class for a file's status, by what it means for the applicant: granted, refused or
     * ended, awaiting their action, or simply under way. The status is always written in the badge too.
     */
    static String tone(ApplicationStatus status) {
        return switch (status) {
            case APPROVED, AGREEMENT_ACCEPTED, AGREEMENT_SIGNED, CLOSED -> "positive";
            case REJECTED, WITHDRAWN, LAPSED, CLOSED_AS_INCOMPLETE -> "negative";
            case DRAFT, INFO_REQUESTED -> "action";
            case SUBMITTED, UNDER_REVIEW, ASSESSED, IN_COMMITTEE -> "neutral";
        };
    }

    static String statusLabel(String checkStatus) {
        return switch (checkStatus) {
            case "PASS" -> "Respecté";
            case "WARN" -> "À noter";
            case "FAIL" -> "Non respecté";
            default -> checkStatus;
        };
    }

    /** An audit trail entry's action, as the history tab shows it. */
    static String actionLabel(AuditEntry entry) {
        return action(entry.action);
    }

    static String actionLabel(AuditTrail.HistoryLine line) {
        return action(line.action());
    }

    private static String action(String action) {
        return switch (action) {
            case "DRAFT_CREATED" -> "Brouillon créé";
            case "SUBMITTED" -> "Dossier déposé";
            case "WITHDRAWN" -> "Dossier retiré";
            case "DOCUMENT_ADDED" -> "Pièce ajoutée";
            case "DOCUMENTS_ADDED" -> "Pièces ajoutées";
            case "DOCUMENT_REMOVED" -> "Pièce retirée";
            case "ELIGIBILITY_ASSESSED" -> "Analyse d'éligibilité reçue";
            case "ASSIGNED" -> "Dossier attribué";
            case "REVIEW_STARTED" -> "Instruction ouverte";
            case "INFORMATION_REQUESTED" -> "Compléments demandés";
            case "INFORMATION_PROVIDED" -> "Compléments fournis";
            case "INFORMATION_OVERDUE" -> "Échéance de réponse dépassée";
            case "INFORMATION_DEADLINE_EXTENDED" -> "Échéance de réponse prolongée";
            case "MESSAGE_POSTED" -> "Message";
            case "ANNOTATED" -> "Note privée";
            case "LABELLED" -> "Étiquettes modifiées";
            case "CORRECTED" -> "Correction des données du porteur";
            case "QUALIFICATION_CORRECTED" -> "Qualification rurale ou QPV corrigée";
            case "ASSESSED" -> "Évaluation enregistrée";
            case "REVIEW_REOPENED" -> "Instruction reprise";
            case "SCHEDULED_FOR_COMMITTEE" -> "Inscrit en commission";
            case "VOTED_APPROVED" -> "Subvention votée";
            case "VOTED_REJECTED" -> "Refus voté";
            case "DECLARED_INADMISSIBLE" -> "Demande déclarée irrecevable";
            case "IMPLICITLY_REJECTED" -> "Rejet implicite (deux mois sans décision)";
            case "CLOSED_AS_INCOMPLETE" -> "Classement sans suite";
            case "AGREEMENT_ACCEPTED" -> "Convention acceptée";
            case "AGREEMENT_COUNTERSIGNED" -> "Convention signée par la Région";
            case "DECISION_ENFORCEABLE" -> "Délibération exécutoire";
            case "ADJOURNED" -> "Examen reporté à une autre séance";
            case "ENVELOPE_OVERRIDDEN" -> "Dépassement de l'enveloppe justifié";
            case "DISPUTE_WON" -> "Recours accueilli";
            case "DISPUTE_LOST" -> "Recours rejeté";
            case "ANONYMISED" -> "Données personnelles effacées (durée de conservation échue)";
            case "PAYMENT_PAID" -> "Versement effectué";
            case "RECOVERY_ISSUED" -> "Reversement demandé";
            case "CLOSED" -> "Subvention soldée";
            case "LAPSED" -> "Subvention caduque";
            default -> action;
        };
    }

    /** A payment's status as payment-service names it, in the French every page uses (PaymentStatusLabels). */
    static String paymentStatusLabel(PaymentFollowUp payment) {
        return paymentStatus(payment.status());
    }

    static String paymentStatusLabel(GrantDetails.Payment payment) {
        return paymentStatus(payment.status());
    }

    /** "acompte n° 2" at the start of a table cell. */
    static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    static String grantStatusLabel(GrantDetails grant) {
        return switch (grant.status()) {
            case "AWAITING_AGREEMENT" -> "En attente de la convention signée";
            case "OPEN" -> "Ouverte : vous pouvez demander vos versements";
            case "RECOVERY" -> "Solde arrêté : un reversement est à effectuer, la subvention sera soldée à sa réception";
            case "CLOSED" -> "Soldée";
            case "LAPSED" -> "Caduque";
            default -> grant.status();
        };
    }

    static String bankStatusLabel(GrantDetails.BankAccount account) {
        return switch (account.status()) {
            case "PENDING" -> "En attente de vérification par le service financier de la Région";
            case "VALIDATED" -> "Validées : les versements sont faits sur ce compte";
            case "REJECTED" -> "Refusées";
            case "SUPERSEDED" -> "Remplacées par des coordonnées plus récentes";
            case "BLOCKED" -> "Refusées par la banque (compte clos ou erroné) : mettez à jour vos coordonnées bancaires";
            default -> account.status();
        };
    }

    /** The officer's decision on a line of an expense statement. */
    static String decisionLabel(GrantDetails.Line line) {
        if (line.decision() == null) {
            return "En cours d'examen";
        }
        return switch (line.decision()) {
            case "ACCEPTED" -> "Retenue";
            case "REJECTED" -> "Non retenue";
            default -> line.decision();
        };
    }

    private static String paymentStatus(String status) {
        return PaymentStatusLabels.of(status);
    }
}
