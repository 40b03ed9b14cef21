package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.IncompleteApplicationException;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.EligibilityPreview;
import fr.hautsdefrance.acte.web.problem.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** One step of the application form as shown: the values (saved, or as typed when refused) and the messages. */
public record DraftView(Application application, Organisation organisation, DraftStep step,
        List<Problem.FieldError> errors, Project project, List<Row> partners, List<Row> expenses, List<Row> funding,
        String requestedAmount, String deMinimis, List<Document> documents, List<Required> required,
        EligibilityPreview eligibility, String eligibilityNote, List<IncompleteApplicationException.Missing> problems) {

    /** A repeated line of the form: up to three typed values. */
    public record Row(String a, String b, String c) {
    }

    public record Project(String title, String summary, String stage, List<String> communes, boolean qpv,
            String qpvCode, String qpvName, String startDate, String endDate) {
    }

    public record Required(DocumentType type, boolean present) {
    }

    public List<DraftStep> getSteps() {
        return DraftStep.all();
    }

    public BigDecimal getTotalExpenses() {
        return application.totalExpenses();
    }

    public BigDecimal getTotalFunding() {
        return application.totalFunding();
    }

    public BigDecimal getGap() {
        return application.totalExpenses().subtract(application.totalFunding());
    }

    static List<Row> rows(List<Row> filled) {
        List<Row> rows = new ArrayList<>(filled);
        while (rows.size() < DraftForms.rows(filled.size())) {
            rows.add(new Row("", "", ""));
        }
        return rows;
    }

    static <T> List<Row> rows(List<T> items, Function<T, Row> toRow) {
        return rows(items.stream().map(toRow).toList());
    }

    static List<Row> typedRows(FormData form, String first, String second, String third) {
        List<Row> typed = new ArrayList<>();
        int count = (int) form.raw().keySet().stream().filter(k -> k.startsWith(first)).count();
        for (int i = 0; i < count; i++) {
            typed.add(new Row(form.text(first + i), form.text(second + i), form.text(third + i)));
        }
        return rows(typed.stream().filter(r -> !(r.a().isEmpty() && r.b().isEmpty() && r.c().isEmpty())).toList());
    }

    static List<Required> required(Application application, List<Document> documents) {
        Set<DocumentType> present = new java.util.HashSet<>();
        documents.forEach(d -> present.add(d.type));
        return DocumentType.requiredFor(application.applicantType, application.legalForm).stream().sorted()
                .map(t -> new Required(t, present.contains(t))).toList();
    }

    static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
