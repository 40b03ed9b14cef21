package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.service.Simulator;
import fr.hautsdefrance.acte.application.service.command.DeMinimisEntry;
import fr.hautsdefrance.acte.application.service.command.DescribeProject;
import fr.hautsdefrance.acte.application.service.command.DraftChange;
import fr.hautsdefrance.acte.application.service.command.ExpenseEntry;
import fr.hautsdefrance.acte.application.service.command.FundingEntry;
import fr.hautsdefrance.acte.application.service.command.NamePartners;
import fr.hautsdefrance.acte.application.service.command.PartnerEntry;
import fr.hautsdefrance.acte.application.service.command.PlanBudget;
import fr.hautsdefrance.acte.application.service.command.PlanFunding;
import fr.hautsdefrance.acte.web.problem.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one step of the application form into the command that saves it, or the errors of what could
 * not even be read (a date, an amount, a commune not found). The command's own rules are checked by the
 * service, like the API's; their violations come back here to be put next to the form's fields. Nothing
 * is applied while a field is wrong, so nothing typed is lost.
 */
final class DraftForms {

    static final int COMMUNE_ROWS = 5;
    static final int MIN_ROWS = 4;
    static final int ROWS_AHEAD = 2;

    /** A line of a list in a command ({@code partners[1].name}), to be found on the form. */
    private static final Pattern LINE = Pattern.compile("([A-Za-z]+)\\[(\\d+)]\\.([A-Za-z]+)");

    /** For each list the command holds, the form field of each of its line's values. */
    private static final Map<String, Map<String, String>> FORM_FIELDS = Map.of(
            "partners", Map.of("name", "partnerName", "category", "partnerCategory", "role", "partnerRole"),
            "expenses", Map.of("category", "expenseCategory", "label", "expenseLabel", "amount", "expenseAmount"),
            "funding", Map.of("source", "fundingSource", "label", "fundingLabel", "amount", "fundingAmount"),
            "deMinimisAids", Map.of("grantor", "deMinimisGrantor", "grantedOn", "deMinimisDate",
                    "amount", "deMinimisAmount", "regulation", "deMinimisRegulation"));

    /**
     * The step's command (none for a step with nothing to save), the errors found reading the form, and
     * for each list the form row each of its lines came from (blank rows are left out).
     */
    record Changes(DraftChange change, List<Problem.FieldError> errors, Map<String, List<Integer>> rows) {

        boolean valid() {
            return errors.isEmpty();
        }

        /**
         * The service's refusal, next to the form's fields: {@code expenses[0].amount} is the amount of the
         * row it was typed in, its message says which line.
         */
        List<Problem.FieldError> onForm(List<Problem.FieldError> refused) {
            return refused.stream().map(this::onForm).toList();
        }

        private Problem.FieldError onForm(Problem.FieldError error) {
            Matcher line = LINE.matcher(error.field());
            if (!line.matches() || !FORM_FIELDS.containsKey(line.group(1)) || !rows.containsKey(line.group(1))) {
                return error;
            }
            String list = line.group(1);
            int row = rows.get(list).get(Integer.parseInt(line.group(2)));
            String field = FORM_FIELDS.get(list).getOrDefault(line.group(3), list);
            String what = "deMinimisAids".equals(list) ? "Aide de minimis " + (row + 1) : "Ligne " + (row + 1);
            String message = error.message().isEmpty() ? error.message()
                    : error.message().substring(0, 1).toLowerCase(Locale.FRANCE) + error.message().substring(1);
            return new Problem.FieldError(field + row, what + " : " + message);
        }
    }

    private DraftForms() {
    }

    static Changes read(DraftStep step, FormData form, Simulator simulator) {
        return switch (step) {
            case PROJECT -> project(form, simulator);
            case PARTNERS -> partners(form);
            case BUDGET -> budget(form);
            case FUNDING -> funding(form);
            case DOCUMENTS, SUBMISSION -> new Changes(null, List.of(), Map.of());
        };
    }

    /** How many rows a repeated block shows: the filled ones and a few blank ones. */
    static int rows(int filled) {
        return Math.max(MIN_ROWS, filled + ROWS_AHEAD);
    }

    private static Changes project(FormData form, Simulator simulator) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COMMUNE_ROWS; i++) {
            String typed = form.text("commune" + i);
            if (!typed.isEmpty()) {
                int row = i;
                simulator.resolveCommune(typed).ifPresentOrElse(c -> codes.add(c.code()), () -> errors.add(
                        new Problem.FieldError("commune" + row, "Commune « " + typed + " » introuvable dans les "
                                + "Hauts-de-France : choisissez-la dans la liste proposée ou tapez son code INSEE.")));
            }
        }
        LocalDate start = date(form, "startDate", "de début", errors);
        LocalDate end = date(form, "endDate", "de fin", errors);
        // Said at once on the form; the API's draft may keep them in any order until the deposit refuses it.
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new Problem.FieldError("endDate", "La date de fin doit suivre la date de début."));
        }
        DraftChange change = new DescribeProject(form.text("title"), form.optional("summary"),
                enumOf(Stage.class, form.text("stage")), codes, form.checked("qpv"), form.identifier("qpvCode"),
                form.optional("qpvName"), start, end);
        return new Changes(change, errors, Map.of());
    }

    private static Changes partners(FormData form) {
        List<PartnerEntry> partners = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < rows(count(form, "partnerName")); i++) {
            String name = form.text("partnerName" + i);
            PartnerCategory category = enumOf(PartnerCategory.class, form.text("partnerCategory" + i));
            if (name.isEmpty() && category == null) {
                continue;
            }
            partners.add(new PartnerEntry(form.optional("partnerName" + i), category, form.optional("partnerRole" + i),
                    null));
            rows.add(i);
        }
        return new Changes(new NamePartners(partners), List.of(), Map.of("partners", rows));
    }

    private static Changes budget(FormData form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ExpenseEntry> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < rows(count(form, "expenseAmount")); i++) {
            ExpenseCategory category = enumOf(ExpenseCategory.class, form.text("expenseCategory" + i));
            String typed = form.text("expenseAmount" + i);
            if (category == null && typed.isEmpty() && form.text("expenseLabel" + i).isEmpty()) {
                continue;
            }
            lines.add(new ExpenseEntry(category, form.optional("expenseLabel" + i),
                    amount(typed, "expenseAmount" + i, "Ligne " + (i + 1), errors)));
            rows.add(i);
        }
        return new Changes(new PlanBudget(lines), errors, Map.of("expenses", rows));
    }

    private static Changes funding(FormData form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<FundingEntry> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < rows(count(form, "fundingAmount")); i++) {
            FundingSource source = enumOf(FundingSource.class, form.text("fundingSource" + i));
            String typed = form.text("fundingAmount" + i);
            if (source == null && typed.isEmpty() && form.text("fundingLabel" + i).isEmpty()) {
                continue;
            }
            lines.add(new FundingEntry(source, form.optional("fundingLabel" + i),
                    amount(typed, "fundingAmount" + i, "Ligne " + (i + 1), errors)));
            rows.add(i);
        }
        String requestedTyped = form.text("requestedAmount");
        BigDecimal requested = amount(requestedTyped, "requestedAmount", "Montant demandé", errors);
        List<Integer> aidRows = new ArrayList<>();
        List<DeMinimisEntry> aids = deMinimisAids(form, errors, aidRows);
        Map<String, List<Integer>> lineRows = new HashMap<>();
        lineRows.put("funding", rows);
        lineRows.put("deMinimisAids", aidRows);
        return new Changes(new PlanFunding(lines, requested, aids, form.checked("deMinimisCertified")), errors, lineRows);
    }

    /** The de minimis aid lines typed; a blank line is left out, an incomplete one is the command's to refuse. */
    private static List<DeMinimisEntry> deMinimisAids(FormData form, List<Problem.FieldError> errors, List<Integer> rows) {
        List<DeMinimisEntry> aids = new ArrayList<>();
        for (int i = 0; i < count(form, "deMinimisGrantor"); i++) {
            String grantor = form.text("deMinimisGrantor" + i);
            String typedDate = form.text("deMinimisDate" + i);
            String typedAmount = form.text("deMinimisAmount" + i);
            if (grantor.isEmpty() && typedDate.isEmpty() && typedAmount.isEmpty()) {
                continue;
            }
            String line = "Aide de minimis " + (i + 1);
            LocalDate grantedOn = date(form, "deMinimisDate" + i, "d'octroi de l'" + line.toLowerCase(Locale.FRANCE),
                    errors);
            aids.add(new DeMinimisEntry(form.optional("deMinimisGrantor" + i), grantedOn,
                    amount(typedAmount, "deMinimisAmount" + i, line, errors), form.optional("deMinimisRegulation" + i)));
            rows.add(i);
        }
        return aids;
    }

    private static int count(FormData form, String prefix) {
        return (int) form.raw().keySet().stream().filter(k -> k.startsWith(prefix)).count();
    }

    /**
     * The amount typed, in euros as people write them (12 500,50); none when left blank. What is not a
     * number at all is said here; whether the number is an acceptable amount is the command's rule.
     */
    private static BigDecimal amount(String typed, String field, String what, List<Problem.FieldError> errors) {
        if (typed.isEmpty()) {
            return null;
        }
        BigDecimal amount = FormData.amount(typed).orElse(null);
        if (amount == null || (amount.signum() < 0 && !typed.trim().startsWith("-"))) {
            errors.add(new Problem.FieldError(field, what + " : écrivez un montant en euros, par exemple 12 500 ou 12 500,50."));
            return null;
        }
        return amount.scale() < 2 ? amount.setScale(2) : amount;
    }

    private static LocalDate date(FormData form, String field, String what, List<Problem.FieldError> errors) {
        String typed = form.text(field);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "Date " + what + " invalide : utilisez le calendrier ou le format "
                    + "aaaa-mm-jj."));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value.isEmpty() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
