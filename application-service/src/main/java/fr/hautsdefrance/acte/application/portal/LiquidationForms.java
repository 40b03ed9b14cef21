package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.LineReview;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.FrenchFormats;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The officer's liquidation form on a file's payments tab: each payment request awaiting review with
 * its statement's lines and their justificatifs, a decision per line, or the rejection of the whole
 * request. Reads the form into the decisions payment-service expects, and puts payment-service's
 * refusals ({@code lines[2].acceptedAmount}) back on the field of the form they are about.
 */
public final class LiquidationForms {

    static final String ACCEPTED = "ACCEPTED";
    static final String REJECTED = "REJECTED";
    /** The field of the form as a whole: a refusal that names no line (déport, request no longer awaiting review). */
    static final String WHOLE = "liquidation";
    static final String REJECTION_REASON = "rejectionReason";

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(decision|acceptedAmount|comment)");

    private LiquidationForms() {
    }

    /** What the payments tab shows of the liquidation: the requests to review, or why they cannot be read. */
    public record Desk(List<Statement> toReview, String unavailable, String result) {
    }

    /** A justificatif named in a line, with the file's piece it is (null when no piece has that name). */
    public record Evidence(String name, UUID documentId) {
    }

    /** One payment request to review, with what the officer typed when a first submission was refused. */
    public record Statement(GrantDetails.Payment payment, List<Row> rows, String rejectionReason) {
    }

    public record Row(int index, GrantDetails.Line line, List<Evidence> evidence, String decision, String acceptedAmount,
            String comment) {

        public String decisionField() {
            return "decision-" + index;
        }

        public String amountField() {
            return "acceptedAmount-" + index;
        }

        public String commentField() {
            return "comment-" + index;
        }

        public boolean accepted() {
            return !REJECTED.equals(decision);
        }
    }

    /** The requests of {@code grant} awaiting review; {@code typed} is the refused form of {@code typedFor}, if any. */
    static List<Statement> toReview(GrantDetails grant, List<Document> pieces, UUID typedFor, FormData typed) {
        List<Statement> statements = new ArrayList<>();
        for (GrantDetails.Payment payment : grant.payments()) {
            if (!payment.awaitingReview()) {
                continue;
            }
            FormData form = payment.id().equals(typedFor) ? typed : null;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < payment.lines().size(); i++) {
                GrantDetails.Line line = payment.lines().get(i);
                List<Evidence> evidence = (line.supportingDocuments() == null ? List.<String>of()
                        : line.supportingDocuments()).stream().map(name -> new Evidence(name, pieceNamed(pieces, name)))
                        .toList();
                rows.add(form == null
                        ? new Row(i, line, evidence, ACCEPTED, typedAmount(line.realisedAmount()), "")
                        : new Row(i, line, evidence, form.text("decision-" + i), form.text("acceptedAmount-" + i),
                                form.text("comment-" + i)));
            }
            statements.add(new Statement(payment, rows, form == null ? "" : form.text(REJECTION_REASON)));
        }
        return statements;
    }

    /** The decisions typed for each line of {@code payment}, or the errors to show on the form. */
    static List<LineReview> reviews(GrantDetails.Payment payment, FormData form,
            List<Problem.FieldError> errors) {
        List<LineReview> reviews = new ArrayList<>();
        for (int i = 0; i < payment.lines().size(); i++) {
            GrantDetails.Line line = payment.lines().get(i);
            String decision = form.text("decision-" + i);
            String comment = form.text("comment-" + i);
            if (REJECTED.equals(decision)) {
                reviews.add(new LineReview(REJECTED, null, comment));
            } else if (ACCEPTED.equals(decision)) {
                Optional<BigDecimal> amount = FormData.amount(form.text("acceptedAmount-" + i));
                if (amount.isEmpty() || amount.get().signum() < 0 || amount.get().scale() > 2) {
                    errors.add(new Problem.FieldError("acceptedAmount-" + i, "Indiquez le montant retenu pour « "
                            + line.label() + " » en euros, par exemple 1 250,00."));
                }
                reviews.add(new LineReview(ACCEPTED, amount.orElse(null), comment));
            } else {
                errors.add(new Problem.FieldError("decision-" + i, "Retenez ou rejetez la ligne « " + line.label()
                        + " »."));
            }
        }
        return reviews;
    }

    /** payment-service's refusal of a review or rejection, on the fields of the form it is about. */
    static List<Problem.FieldError> errorsOn(ProblemException refusal, String wholeField) {
        if (refusal.errors().isEmpty()) {
            return List.of(new Problem.FieldError(wholeField, refusal.getMessage()));
        }
        return refusal.errors().stream().map(e -> {
            Matcher line = LINE_FIELD.matcher(e.field() == null ? "" : e.field());
            String field = line.find() ? line.group(2) + "-" + line.group(1)
                    : e.field() != null && e.field().endsWith("reason") ? REJECTION_REASON : wholeField;
            return new Problem.FieldError(field, e.message());
        }).toList();
    }

    /** What the officer reads once the liquidation is recorded: the amount due, or the refusal. */
    static String result(GrantDetails grant, UUID paymentId) {
        GrantDetails.Payment payment = grant.payments().stream().filter(p -> p.id().equals(paymentId)).findFirst()
                .orElse(null);
        if (payment == null) {
            return null;
        }
        if ("REJECTED".equals(payment.status())) {
            return "La demande de versement (" + payment.label() + ") est rejetée : " + payment.rejectionReason();
        }
        StringBuilder result = new StringBuilder("La liquidation de la demande (" + payment.label()
                + ") est enregistrée : ");
        if (payment.acceptedEligibleBase() != null) {
            result.append(FrenchFormats.euros(payment.acceptedEligibleBase())).append(" de dépenses retenues, ");
        }
        result.append("montant dû après proratisation au taux voté : ")
                .append(FrenchFormats.euros(payment.amount() == null ? BigDecimal.ZERO : payment.amount())).append('.');
        if (grant.recovery() != null && grant.recovery().amount() != null && grant.recovery().amount().signum() > 0) {
            result.append(" Les sommes déjà versées dépassent la subvention définitive : un reversement de ")
                    .append(FrenchFormats.euros(grant.recovery().amount()))
                    .append(" est proposé ; un responsable le contrôle avant l'émission du titre de recette.");
        } else if (payment.amount() != null && payment.amount().signum() > 0) {
            result.append(" Le service financier est averti et prépare le mandat.");
        }
        return result.toString();
    }

    private static String typedAmount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString()
                .replace('.', ',');
    }

    private static UUID pieceNamed(List<Document> pieces, String name) {
        return pieces.stream().filter(d -> d.type == DocumentType.EXPENSE_EVIDENCE && d.fileName.equals(name))
                .map(d -> d.id).reduce((first, later) -> later).orElse(null);
    }
}
