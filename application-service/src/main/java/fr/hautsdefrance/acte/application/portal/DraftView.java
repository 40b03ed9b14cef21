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
        String requestedAmount, List<AidRow> deMinimisAids, boolean deMinimisCertified, List<Document> documents,
        List<Required> required,
        EligibilityPreview eligibility, String eligibilityNote, List<IncompleteApplicationException.Missing> problems) {

    /** A de minimis aid as typed or saved: grantor, date (aaaa-mm-jj), amount, regulation. */
    public record AidRow(String grantor, String grantedOn, String amount, String regulation) {

        boolean blank() {
            return grantor.isEmpty() && grantedOn.isEmpty() && amount.isEmpty();
        }
    }

    /** The regulations a de minimis aid may have been granted under, as the form offers them. */
    public static final List<String> DE_MINIMIS_REGULATIONS = List.of("(UE) 2023/2831", "(UE) 2023/2832",
            "(UE) 1407/2013", "(UE) 1408/2013", "(UE) 717/2014");

    public List<String> getDeMinimisRegulations() {
        return DE_MINIMIS_REGULATIONS;
    }

    /** The aid lines as saved, then blank lines to fill. */
    static List<AidRow> aidRows(List<AidRow> filled) {
        List<AidRow> rows = new ArrayList<>(filled.stream().filter(r -> !r.blank()).toList());
        int wanted = Math.max(2, rows.size() + 1);
        while (rows.size() < wanted) {
            rows.add(new AidRow("", "", "", DE_MINIMIS_REGULATIONS.get(0)));
        }
        return rows;
    }

    static List<AidRow> typedAidRows(FormData form) {
        List<AidRow> typed = new ArrayList<>();
        int count = (int) form.raw().keySet().stream().filter(k -> k.startsWith("deMinimisGrantor")).count();
        for (int i = 0; i < count; i++) {
            typed.add(new AidRow(form.text("deMinimisGrantor" + i), form.text("deMinimisDate" + i),
                    form.text("deMinimisAmount" + i), form.text("deMinimisRegulation" + i)));
        }
        return aidRows(typed);
    }

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
