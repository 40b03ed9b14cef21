package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.IncompleteApplicationException;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.EligibilityPreview;
import fr.hautsdefrance.acte.application.service.Texts;
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
        EligibilityPreview eligibility, String eligibilityNote, List<IncompleteApplicationException.Missing> problems,
        List<Field> savedElsewhere) {

    private static final java.time.format.DateTimeFormatter HOUR_AND_MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("H 'h' mm");

    /** One field of the step as a person reads it: its label and its value (an option's label, not its code). */
    public record Field(String id, String label, String value) {
    }

    /** When the draft was last saved, Paris time ("14 h 02"). */
    public String getSavedAt() {
        return application.updatedAt() == null ? ""
                : application.updatedAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")).format(HOUR_AND_MINUTE);
    }

    /** This view with, for a step refused as a conflict, the fields whose saved value differs from the one typed. */
    DraftView savedElsewhere(DraftView latest, Texts texts) {
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        fields(texts).forEach(f -> typed.put(f.id(), f.value()));
        List<Field> differing = latest.fields(texts).stream().filter(f -> !f.value().equals(typed.getOrDefault(f.id(), "")))
                .toList();
        return new DraftView(application, organisation, step, errors, project, partners, expenses, funding,
                requestedAmount, deMinimisAids, deMinimisCertified, documents, required, eligibility, eligibilityNote,
                problems, differing);
    }

    /** The step's fields as shown, options by their names in {@code texts}; blank ones are left out. */
    List<Field> fields(Texts texts) {
        List<Field> fields = new ArrayList<>();
        switch (step) {
            case PROJECT -> {
                add(fields, "title", "Titre du projet", project.title());
                add(fields, "summary", "Résumé", project.summary());
                add(fields, "stage", "Niveau de maturité", labelOf(fr.hautsdefrance.acte.application.domain.Stage.class,
                        project.stage(), texts::stage));
                for (int i = 0; i < project.communes().size(); i++) {
                    add(fields, "commune" + i, "Commune " + (i + 1), project.communes().get(i));
                }
                add(fields, "qpv", "Dans un quartier prioritaire", project.qpv() ? "oui" : "");
                add(fields, "qpvName", "Nom du quartier", project.qpvName());
                add(fields, "qpvCode", "Code du quartier", project.qpvCode());
                add(fields, "startDate", "Date de début", project.startDate());
                add(fields, "endDate", "Date de fin", project.endDate());
            }
            case PARTNERS -> {
                for (int i = 0; i < partners.size(); i++) {
                    Row p = partners.get(i);
                    add(fields, "partnerName" + i, "Nom du partenaire " + (i + 1), p.a());
                    add(fields, "partnerCategory" + i, "Nature du partenaire " + (i + 1), labelOf(
                            fr.hautsdefrance.acte.application.domain.PartnerCategory.class, p.b(), texts::partnerCategory));
                    add(fields, "partnerRole" + i, "Rôle du partenaire " + (i + 1), p.c());
                }
            }
            case BUDGET -> {
                for (int i = 0; i < expenses.size(); i++) {
                    Row e = expenses.get(i);
                    add(fields, "expenseCategory" + i, "Nature de la dépense " + (i + 1), labelOf(
                            fr.hautsdefrance.acte.application.domain.ExpenseCategory.class, e.a(), texts::expenseCategory));
                    add(fields, "expenseLabel" + i, "Libellé de la dépense " + (i + 1), e.b());
                    add(fields, "expenseAmount" + i, "Montant de la dépense " + (i + 1), e.c());
                }
            }
            case FUNDING -> {
                for (int i = 0; i < funding.size(); i++) {
                    Row f = funding.get(i);
                    add(fields, "fundingSource" + i, "Origine de la ressource " + (i + 1), labelOf(
                            fr.hautsdefrance.acte.application.domain.FundingSource.class, f.a(), texts::fundingSource));
                    add(fields, "fundingLabel" + i, "Précision sur la ressource " + (i + 1), f.b());
                    add(fields, "fundingAmount" + i, "Montant de la ressource " + (i + 1), f.c());
                }
                add(fields, "requestedAmount", "Montant demandé à la Région", requestedAmount);
                for (int i = 0; i < deMinimisAids.size(); i++) {
                    AidRow r = deMinimisAids.get(i);
                    add(fields, "deMinimisGrantor" + i, "Organisme qui a accordé l'aide " + (i + 1), r.grantor());
                    add(fields, "deMinimisDate" + i, "Date d'octroi de l'aide " + (i + 1), r.grantedOn());
                    add(fields, "deMinimisAmount" + i, "Montant de l'aide " + (i + 1), r.amount());
                }
                add(fields, "deMinimisCertified", "Certification de la déclaration de minimis", deMinimisCertified ? "oui" : "");
            }
            default -> { }
        }
        return fields;
    }

    private static void add(List<Field> fields, String id, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(id, label, value));
        }
    }

    private static <E extends Enum<E>> String labelOf(Class<E> type, String code, Function<E, String> label) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        try {
            return label.apply(Enum.valueOf(type, code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

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

        /** The communes chosen, without the form's empty line for one more (a summary reads them in a row). */
        public List<String> chosenCommunes() {
            return communes.stream().filter(c -> c != null && !c.isBlank()).toList();
        }
    }

    public record Required(DocumentType type, boolean present) {
    }

    public List<DraftStep> getSteps() {
        return DraftStep.all();
    }

    /** The step indicator: which steps are complete, which one is shown. */
    public DraftProgress getProgress() {
        return DraftProgress.of(this);
    }

    /** The files joined as pieces of one type. */
    public List<Document> documentsOf(DocumentType type) {
        return documents.stream().filter(d -> d.type == type).toList();
    }

    /** The pieces joined that the file does not require (a partner's letter, another piece…). */
    public List<Document> getOptionalDocuments() {
        Set<DocumentType> requiredTypes = new java.util.HashSet<>();
        required.forEach(r -> requiredTypes.add(r.type()));
        return documents.stream().filter(d -> !requiredTypes.contains(d.type)).toList();
    }

    /** The types an applicant may join besides the required ones. */
    public List<DocumentType> getOptionalTypes() {
        Set<DocumentType> requiredTypes = new java.util.HashSet<>();
        required.forEach(r -> requiredTypes.add(r.type()));
        return DocumentType.ofTheFile().stream()
                .filter(t -> !requiredTypes.contains(t) && t != DocumentType.INFORMATION_ANSWER).toList();
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
        return DocumentType.requiredFor(application.applicantType(), application.legalForm()).stream().sorted()
                .map(t -> new Required(t, present.contains(t))).toList();
    }

    static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
