package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.DeMinimisAid;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.ExpenseLine;
import fr.hautsdefrance.acte.application.domain.FundingLine;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import fr.hautsdefrance.acte.application.domain.Partner;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.service.Simulator;
import fr.hautsdefrance.acte.web.problem.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one step of the application form: either the changes to apply to the draft, or the errors
 * to show next to the fields. Nothing is applied while a field is wrong, so nothing typed is lost.
 */
final class DraftForms {

    static final int COMMUNE_ROWS = 5;
    static final int MIN_ROWS = 4;
    static final int ROWS_AHEAD = 2;

    record Changes(Consumer<Application> apply, List<Problem.FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
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
            case DOCUMENTS, SUBMISSION -> new Changes(a -> { }, List.of());
        };
    }

    /** How many rows a repeated block shows: the filled ones and a few blank ones. */
    static int rows(int filled) {
        return Math.max(MIN_ROWS, filled + ROWS_AHEAD);
    }

    private static Changes project(FormData form, Simulator simulator) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String title = form.text("title");
        if (title.isEmpty()) {
            errors.add(new Problem.FieldError("title", "Donnez un titre au projet."));
        } else if (title.length() > 200) {
            errors.add(new Problem.FieldError("title", "Le titre ne doit pas dépasser 200 caractères."));
        }
        String summary = form.text("summary");
        if (summary.length() > 4000) {
            errors.add(new Problem.FieldError("summary", "Le résumé ne doit pas dépasser 4 000 caractères."));
        }
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
        String qpvCode = form.text("qpvCode").toUpperCase(java.util.Locale.ROOT);
        if (!qpvCode.isEmpty() && !qpvCode.matches("Q[A-Z0-9]{5,9}")) {
            errors.add(new Problem.FieldError("qpvCode", "Code de quartier prioritaire attendu, par exemple QN06201I ; "
                    + "laissez-le vide si vous ne le connaissez pas."));
        }
        if (form.text("qpvName").length() > 200) {
            errors.add(new Problem.FieldError("qpvName", "Le nom du quartier ne doit pas dépasser 200 caractères."));
        }
        LocalDate start = date(form, "startDate", "de début", errors);
        LocalDate end = date(form, "endDate", "de fin", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new Problem.FieldError("endDate", "La date de fin doit suivre la date de début."));
        }
        Stage stage = enumOf(Stage.class, form.text("stage"));
        return new Changes(a -> {
            a.title = title;
            a.summary = summary.isEmpty() ? null : summary;
            a.stage = stage;
            a.communeCodes.clear();
            a.communeCodes.addAll(codes);
            a.nameQpv(form.checked("qpv"), qpvCode, form.text("qpvName"));
            a.startDate = start;
            a.endDate = end;
        }, errors);
    }

    private static Changes partners(FormData form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < rows(count(form, "partnerName")); i++) {
            String name = form.text("partnerName" + i);
            PartnerCategory category = enumOf(PartnerCategory.class, form.text("partnerCategory" + i));
            if (name.isEmpty() && category == null) {
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new Problem.FieldError("partnerName" + i, "Ligne " + (i + 1) + " : indiquez le nom du partenaire."));
            } else if (category == null) {
                errors.add(new Problem.FieldError("partnerCategory" + i, "Ligne " + (i + 1)
                        + " : indiquez la nature du partenaire."));
            } else {
                String role = form.text("partnerRole" + i);
                partners.add(new Partner(name, category, role.isEmpty() ? null : role, null));
            }
        }
        return new Changes(a -> {
            a.partners.clear();
            a.partners.addAll(partners);
        }, errors);
    }

    private static Changes budget(FormData form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ExpenseLine> lines = new ArrayList<>();
        for (int i = 0; i < rows(count(form, "expenseAmount")); i++) {
            ExpenseCategory category = enumOf(ExpenseCategory.class, form.text("expenseCategory" + i));
            String typed = form.text("expenseAmount" + i);
            String label = form.text("expenseLabel" + i);
            if (category == null && typed.isEmpty() && label.isEmpty()) {
                continue;
            }
            BigDecimal amount = amount(typed, "expenseAmount" + i, "Ligne " + (i + 1), errors);
            if (category == null) {
                errors.add(new Problem.FieldError("expenseCategory" + i, "Ligne " + (i + 1)
                        + " : choisissez la nature de la dépense."));
            } else if (amount != null) {
                lines.add(new ExpenseLine(category, label.isEmpty() ? null : label, amount));
            }
        }
        return new Changes(a -> {
            a.expenses.clear();
            a.expenses.addAll(lines);
        }, errors);
    }

    private static Changes funding(FormData form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<FundingLine> lines = new ArrayList<>();
        for (int i = 0; i < rows(count(form, "fundingAmount")); i++) {
            FundingSource source = enumOf(FundingSource.class, form.text("fundingSource" + i));
            String typed = form.text("fundingAmount" + i);
            String label = form.text("fundingLabel" + i);
            if (source == null && typed.isEmpty() && label.isEmpty()) {
                continue;
            }
            BigDecimal amount = amount(typed, "fundingAmount" + i, "Ligne " + (i + 1), errors);
            if (source == null) {
                errors.add(new Problem.FieldError("fundingSource" + i, "Ligne " + (i + 1)
                        + " : choisissez l'origine de la ressource."));
            } else if (amount != null) {
                lines.add(new FundingLine(source, label.isEmpty() ? null : label, amount));
            }
        }
        String requestedTyped = form.text("requestedAmount");
        BigDecimal requested = requestedTyped.isEmpty() ? null
                : amount(requestedTyped, "requestedAmount", "Montant demandé", errors);
        List<DeMinimisAid> aids = deMinimisAids(form, errors);
        boolean certified = form.checked("deMinimisCertified");
        return new Changes(a -> {
            a.funding.clear();
            a.funding.addAll(lines);
            a.requestedAmount = requested;
            a.declareDeMinimis(aids, certified, LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
        }, errors);
    }

    /** The de minimis aid lines typed; a blank line is left out, an incomplete one is refused with its field. */
    private static List<DeMinimisAid> deMinimisAids(FormData form, List<Problem.FieldError> errors) {
        List<DeMinimisAid> aids = new ArrayList<>();
        for (int i = 0; i < count(form, "deMinimisGrantor"); i++) {
            String grantor = form.text("deMinimisGrantor" + i);
            String typedDate = form.text("deMinimisDate" + i);
            String typedAmount = form.text("deMinimisAmount" + i);
            if (grantor.isEmpty() && typedDate.isEmpty() && typedAmount.isEmpty()) {
                continue;
            }
            String line = "Aide de minimis " + (i + 1);
            if (grantor.isEmpty()) {
                errors.add(new Problem.FieldError("deMinimisGrantor" + i, line + " : indiquez qui l'a accordée."));
            }
            LocalDate grantedOn = date(form, "deMinimisDate" + i, "d'octroi de l'" + line.toLowerCase(java.util.Locale.FRANCE),
                    errors);
            if (typedDate.isEmpty()) {
                errors.add(new Problem.FieldError("deMinimisDate" + i, line + " : indiquez sa date d'octroi."));
            } else if (grantedOn != null && grantedOn.isAfter(LocalDate.now(java.time.ZoneId.of("Europe/Paris")))) {
                errors.add(new Problem.FieldError("deMinimisDate" + i, line + " : une aide reçue a une date passée."));
            }
            BigDecimal amount = amount(typedAmount, "deMinimisAmount" + i, line, errors);
            String regulation = form.text("deMinimisRegulation" + i);
            if (!grantor.isEmpty() && grantedOn != null && amount != null) {
                aids.add(new DeMinimisAid(grantor, grantedOn, amount, regulation.isEmpty() ? null : regulation));
            }
        }
        return aids;
    }

    private static int count(FormData form, String prefix) {
        return (int) form.raw().keySet().stream().filter(k -> k.startsWith(prefix)).count();
    }

    private static BigDecimal amount(String typed, String field, String what, List<Problem.FieldError> errors) {
        BigDecimal amount = FormData.amount(typed).orElse(null);
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("100000000")) > 0) {
            errors.add(new Problem.FieldError(field, what + " : écrivez un montant en euros, par exemple 12 500 ou 12 500,50."));
            return null;
        }
        return amount.setScale(2);
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
