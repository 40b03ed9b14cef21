package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.BankDetails;
import fr.hautsdefrance.acte.application.client.PaymentRequest;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of the Versements page, read into payment-service's requests, and payment-service's
 * refusals placed back on the fields the person typed in. The expense statement is read without
 * its blank rows and shown again in the same order, so line {@code n} of the request is row
 * {@code n} of the page ({@code lineAmount2} for {@code lines[2].realisedAmount}).
 */
final class PaymentForms {

    /** Rows of the expense statement offered at first; each "add rows" offers as many more. */
    static final int STATEMENT_ROWS = 5;
    static final int MAX_ROWS = 200;
    static final Set<String> BANK_FIELDS = Set.of("holderName", "iban", "bic", "streetName", "buildingNumber",
            "postCode", "townName", "country");
    /** The page's forms, each with the heading a refusal naming none of its fields links to (always on the page). */
    enum Form {
        BANK("banque"), ADVANCE("demander"), STATEMENT("demander");

        final String anchor;

        Form(String anchor) {
            this.anchor = anchor;
        }
    }

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.?([A-Za-z]*).*");
    private static final Pattern DOCUMENT_SEPARATORS = Pattern.compile("[;\\n\\r]+");

    private PaymentForms() {
    }

    /** One row of the expense statement as typed. */
    public record StatementRow(String category, String label, String amount, String documents) {

        static final StatementRow BLANK = new StatementRow("", "", "", "");

        boolean blank() {
            return category.isEmpty() && label.isEmpty() && amount.isEmpty() && documents.isEmpty();
        }
    }

    /** The statement form read: the request to send, the rows to show again, what is wrong already. */
    record Statement(PaymentRequest request, List<StatementRow> rows, List<Problem.FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static BankDetails bankDetails(FormData form) {
        String country = form.text("country").toUpperCase(Locale.ROOT);
        return new BankDetails(form.text("holderName"), form.text("iban"), form.text("bic"), form.text("streetName"),
                blankToNull(form.text("buildingNumber")), form.text("postCode"), form.text("townName"),
                country.isEmpty() ? "FR" : country);
    }

    /** The typed rows, blank ones left out, in the order typed. */
    static List<StatementRow> typedRows(FormData form) {
        List<StatementRow> rows = new ArrayList<>();
        int count = (int) form.raw().keySet().stream().filter(k -> k.matches("lineCategory\\d+")).count();
        for (int i = 0; i < Math.min(count, MAX_ROWS); i++) {
            StatementRow row = new StatementRow(form.text("lineCategory" + i), form.text("lineLabel" + i),
                    form.text("lineAmount" + i), form.text("lineDocuments" + i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The rows to show: the typed ones, then blank ones up to {@code atLeast} and at least two more. */
    static List<StatementRow> shown(List<StatementRow> typed, int atLeast) {
        List<StatementRow> rows = new ArrayList<>(typed);
        int wanted = Math.min(MAX_ROWS, Math.max(atLeast, typed.size() + 2));
        while (rows.size() < wanted) {
            rows.add(StatementRow.BLANK);
        }
        return rows;
    }

    static Statement statement(FormData form) {
        List<StatementRow> rows = typedRows(form);
        List<Problem.FieldError> errors = new ArrayList<>();
        String kind = form.text("kind");
        if (!kind.equals("INSTALMENT") && !kind.equals("BALANCE")) {
            errors.add(new Problem.FieldError("kind", "Choisissez le versement demandé : un acompte ou le solde."));
        }
        if (rows.isEmpty()) {
            errors.add(new Problem.FieldError("lines", "Remplissez au moins une ligne de l'état récapitulatif des "
                    + "dépenses réalisées, avec ses justificatifs."));
        }
        List<PaymentRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StatementRow row = rows.get(i);
            Optional<BigDecimal> amount = FormData.amount(row.amount());
            if (amount.isPresent() && amount.get().compareTo(BigDecimal.valueOf(-1)) == 0) {
                errors.add(new Problem.FieldError("lineAmount" + i, "Ligne " + (i + 1) + " : écrivez le montant en "
                        + "euros, en chiffres, par exemple 12 500,00."));
            }
            lines.add(new PaymentRequest.Line(category(row.category()), row.label(), amount.orElse(null),
                    documents(row.documents())));
        }
        return new Statement(new PaymentRequest(kind, lines), rows, errors);
    }

    /** "facture 12 ; fiche de paie mars" → the two references. */
    static List<String> documents(String typed) {
        return Arrays.stream(DOCUMENT_SEPARATORS.split(typed)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * payment-service's field path, as the id of the page's field: {@code lines[2].realisedAmount} →
     * {@code lineAmount2}, {@code iban} → {@code iban}; a path the form has no field for → the form's heading.
     */
    static String fieldOf(String path, Form form) {
        if (path == null || path.isEmpty()) {
            return form.anchor;
        }
        Matcher line = LINE_FIELD.matcher(path);
        if (line.matches() && form == Form.STATEMENT) {
            String row = line.group(1);
            return switch (line.group(2)) {
                case "category" -> "lineCategory" + row;
                case "label" -> "lineLabel" + row;
                case "realisedAmount" -> "lineAmount" + row;
                case "supportingDocuments" -> "lineDocuments" + row;
                default -> "lines";
            };
        }
        if ((path.equals("lines") || path.equals("kind")) && form == Form.STATEMENT) {
            return path;
        }
        if (BANK_FIELDS.contains(path) && form == Form.BANK) {
            return path;
        }
        return form.anchor;
    }

    /**
     * A refusal of payment-service as the errors of {@code form}: each field error on its field,
     * the problem's detail on the form itself when it names no field.
     */
    static List<Problem.FieldError> errorsOf(ProblemException refusal, Form form) {
        if ("idempotency-key-reused".equals(refusal.slug())) {
            return List.of(new Problem.FieldError(form.anchor, "Cette demande a déjà été enregistrée : rechargez la page pour "
                    + "voir où elle en est."));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Problem.FieldError error : refusal.errors()) {
            if ("Idempotency-Key".equalsIgnoreCase(error.field())) {
                errors.add(new Problem.FieldError(form.anchor, "Le formulaire a expiré : rechargez la page puis recommencez."));
            } else {
                String message = error.message() == null || error.message().isBlank() ? refusal.getMessage()
                        : error.message();
                Matcher line = LINE_FIELD.matcher(error.field() == null ? "" : error.field());
                if (line.matches() && form == Form.STATEMENT) {
                    // The summary lists every line's errors: each says which line it is about.
                    message = "Ligne " + (Integer.parseInt(line.group(1)) + 1) + " : "
                            + message.substring(0, 1).toLowerCase(Locale.FRENCH) + message.substring(1);
                }
                errors.add(new Problem.FieldError(fieldOf(error.field(), form), message));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new Problem.FieldError(form.anchor, refusal.getMessage()));
        }
        return errors;
    }

    private static ExpenseCategory category(String typed) {
        try {
            return typed.isEmpty() ? null : ExpenseCategory.valueOf(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
