package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.FinanceViews;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.CheckStatus;
import fr.hautsdefrance.acte.application.domain.Codes;
import fr.hautsdefrance.acte.application.domain.FrenchFormats;
import fr.hautsdefrance.acte.application.service.AuditTrail;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.application.domain.audit.AuditAction;
import fr.hautsdefrance.acte.application.domain.audit.AuditEntry;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import fr.hautsdefrance.acte.application.domain.payment.BankDetailsStatus;
import fr.hautsdefrance.acte.application.domain.payment.GrantStatus;
import fr.hautsdefrance.acte.application.domain.payment.LineDecision;
import fr.hautsdefrance.acte.application.domain.payment.PaymentKind;
import fr.hautsdefrance.acte.application.domain.payment.PaymentStatus;
import fr.hautsdefrance.acte.application.service.Texts;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;

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
 * service's own codes are in the message bundle ({@code {msg:stage(application.stage)}}, {@link Texts}).
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

    /** A rule's check as eligibility-service sends it (PASS, WARN, FAIL). */
    static String statusLabel(String checkStatus) {
        return Codes.named(CheckStatus.class, checkStatus, texts()::checkStatus);
    }

    /** An audit trail entry's action, as the history tab shows it. */
    static String actionLabel(AuditEntry entry) {
        return action(entry.action);
    }

    static String actionLabel(AuditTrail.HistoryLine line) {
        return action(line.action());
    }

    private static String action(String action) {
        return Codes.named(AuditAction.class, action, texts()::auditAction);
    }

    /** A payment's status as payment-service names it, in the French every page uses. */
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
        return Codes.named(GrantStatus.class, grant.status(), texts()::grantStatus);
    }

    static String bankStatusLabel(GrantDetails.BankAccount account) {
        return Codes.named(BankDetailsStatus.class, account.status(), texts()::bankDetailsStatus);
    }

    /** The officer's decision on a line of an expense statement. */
    static String decisionLabel(GrantDetails.Line line) {
        return line.decision() == null ? texts().lineUndecided()
                : Codes.named(LineDecision.class, line.decision(), texts()::lineDecision);
    }

    /** A payment in a bordereau: « Avance », « Acompte n° 2 », « Solde ». */
    static String kindLabel(FinanceViews.BatchPayment payment) {
        String kind = Codes.named(PaymentKind.class, payment.kind(), texts()::paymentKind);
        return PaymentKind.INSTALMENT.name().equals(payment.kind()) ? kind + " n° " + payment.sequence() : kind;
    }

    static String statusLabel(FinanceViews.BatchPayment payment) {
        return paymentStatus(payment.status());
    }

    private static String paymentStatus(String status) {
        return Codes.named(PaymentStatus.class, status, texts()::paymentStatus);
    }

    /** Template extensions are static: they reach the bundle through the container. */
    private static Texts texts() {
        return MessageBundles.get(Texts.class);
    }
}
