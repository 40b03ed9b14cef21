package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.CommuneInfo;
import fr.hautsdefrance.acte.application.config.LegalConfig;
import fr.hautsdefrance.acte.application.client.EligibilityQuestion;
import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.service.EligibilityPreview;
import fr.hautsdefrance.acte.application.service.Simulator;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages anyone can read: what ACTE funds, the eligibility simulator, the accessibility statement,
 * the legal notice, the personal data and cookie pages.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PortalCsrf.Protected
public class PublicPages {

    static final int PARTNER_ROWS = 4;
    static final int EXPENSE_ROWS = 5;

    private final Simulator simulator;
    private final PageContext page;
    private final LegalConfig legal;

    @Inject
    public PublicPages(Simulator simulator, PageContext page, LegalConfig legal) {
        this.simulator = simulator;
        this.page = page;
        this.legal = legal;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance home();

        /** {@code answers}: the query that carries the answers into a new draft ({@link SimulatorAnswers}). */
        static native TemplateInstance simulator(SimulationForm form, EligibilityPreview verdict, List<Problem.FieldError> errors,
                String unavailable, String answers);

        static native TemplateInstance simulator$result(EligibilityPreview verdict, List<Problem.FieldError> errors,
                String unavailable, String answers);

        static native TemplateInstance communeOptions(List<CommuneInfo> communes);

        static native TemplateInstance accessibility();

        static native TemplateInstance legalNotice(LegalConfig legal);

        static native TemplateInstance personalData(LegalConfig legal);

        static native TemplateInstance cookies();
    }

    @GET
    public TemplateInstance home() {
        return Templates.home();
    }

    @GET
    @Path("/accessibilite")
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("/mentions-legales")
    public TemplateInstance legalNotice() {
        return Templates.legalNotice(legal);
    }

    @GET
    @Path("/donnees-personnelles")
    public TemplateInstance personalData() {
        return Templates.personalData(legal);
    }

    @GET
    @Path("/cookies")
    public TemplateInstance cookies() {
        return Templates.cookies();
    }

    /** Signing in is a protected path: the identity provider takes over, then the person lands in their space. */
    @GET
    @Path("/connexion")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create(page.isStaff() ? "/instruction" : "/espace")).build();
    }

    /** The one link e-mails give to a file: each person lands on it in their own space. */
    @GET
    @Path("/dossiers/{id}")
    @Authenticated
    public Response file(@PathParam("id") java.util.UUID id) {
        return Response.seeOther(URI.create((page.isStaff() ? "/instruction/dossiers/" : "/espace/dossiers/") + id)).build();
    }

    @GET
    @Path("/simulateur")
    public TemplateInstance simulatorForm() {
        return Templates.simulator(SimulationForm.empty(), null, List.of(), null, "");
    }

    /** Without JavaScript: the whole page again, with the answer. */
    @POST
    @Path("/simulateur")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance simulate(MultivaluedMap<String, String> fields) {
        SimulationForm form = SimulationForm.of(new FormData(fields));
        Outcome outcome = outcome(form);
        return Templates.simulator(form, outcome.verdict(), outcome.errors(), outcome.unavailable(),
                SimulatorAnswers.of(fields).query());
    }

    /** With htmx: only the answer, as the fields change. */
    @POST
    @Path("/simulateur/resultat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance liveResult(MultivaluedMap<String, String> fields) {
        Outcome outcome = outcome(SimulationForm.of(new FormData(fields)));
        return Templates.simulator$result(outcome.verdict(), outcome.errors(), outcome.unavailable(),
                SimulatorAnswers.of(fields).query());
    }

    @GET
    @Path("/communes")
    public TemplateInstance communes(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        // htmx sends the typing field under its own name (commune, commune2…): take the first value given.
        String typed = uri.getQueryParameters().values().stream().flatMap(List::stream).findFirst().orElse("");
        return Templates.communeOptions(simulator.communes(typed));
    }

    private record Outcome(EligibilityPreview verdict, List<Problem.FieldError> errors, String unavailable) {
    }

    private Outcome outcome(SimulationForm form) {
        List<Problem.FieldError> errors = new ArrayList<>(form.errors());
        List<String> codes = new ArrayList<>();
        for (String typed : form.communes()) {
            simulator.resolveCommune(typed).ifPresentOrElse(c -> codes.add(c.code()), () -> errors.add(
                    new Problem.FieldError("commune", "Commune « " + typed + " » introuvable dans les Hauts-de-France : "
                            + "choisissez-la dans la liste proposée ou tapez son code INSEE.")));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        try {
            return new Outcome(simulator.simulate(form.question(codes)), List.of(), null);
        } catch (ProblemException e) {
            if (e.status() == 400) {
                return new Outcome(null, e.errors().stream().map(SimulationForm::onForm).toList(), null);
            }
            return new Outcome(null, List.of(), e.getMessage());
        }
    }

    /** The simulator's fields as typed, and the question they make. */
    public record SimulationForm(String type, String legalForm, String siren, String memberSirens, String stage,
            List<String> communes, boolean rural, boolean qpv, List<String[]> partners, List<String[]> expenses,
            String requestedAmount, String deMinimis, List<Problem.FieldError> errors) {

        static SimulationForm empty() {
            List<String[]> partners = new ArrayList<>();
            for (int i = 0; i < PARTNER_ROWS; i++) {
                partners.add(new String[] {"", ""});
            }
            List<String[]> expenses = new ArrayList<>();
            for (int i = 0; i < EXPENSE_ROWS; i++) {
                expenses.add(new String[] {"", ""});
            }
            return new SimulationForm("ESS_ENTERPRISE", "ASSOCIATION", "", "", "EMERGENCE", List.of(""), false, false,
                    partners, expenses, "", "", List.of());
        }

        static SimulationForm of(FormData form) {
            List<Problem.FieldError> errors = new ArrayList<>();
            List<String[]> partners = new ArrayList<>();
            for (int i = 0; i < PARTNER_ROWS; i++) {
                partners.add(new String[] {form.text("partnerName" + i), form.text("partnerCategory" + i)});
            }
            List<String[]> expenses = new ArrayList<>();
            for (int i = 0; i < EXPENSE_ROWS; i++) {
                String amount = form.text("expenseAmount" + i);
                expenses.add(new String[] {form.text("expenseCategory" + i), amount});
                if (!amount.isEmpty() && FormData.amount(amount).map(BigDecimal::signum).orElse(0) < 0) {
                    errors.add(new Problem.FieldError("expenseAmount" + i, "Montant de la ligne " + (i + 1)
                            + " invalide : écrivez un nombre, par exemple 12 500."));
                }
            }
            String requested = form.text("requestedAmount");
            if (FormData.amount(requested).isEmpty()) {
                errors.add(new Problem.FieldError("requestedAmount", "Indiquez le montant que vous demandez à la Région."));
            } else if (FormData.amount(requested).get().signum() < 0) {
                errors.add(new Problem.FieldError("requestedAmount", "Montant demandé invalide : écrivez un nombre, par "
                        + "exemple 30 000."));
            }
            String commune = form.text("commune");
            if (commune.isEmpty()) {
                errors.add(new Problem.FieldError("commune", "Indiquez la commune où se déroule le projet."));
            }
            if (form.text("siren").isEmpty()) {
                errors.add(new Problem.FieldError("siren", "Indiquez le numéro SIREN de la structure (9 chiffres)."));
            }
            return new SimulationForm(form.text("type"), form.text("legalForm"), form.text("siren"),
                    form.text("memberSirens"), form.text("stage"), commune.isEmpty() ? List.of() : List.of(commune),
                    form.checked("rural"), form.checked("qpv"), partners, expenses, requested, form.text("deMinimis"),
                    errors);
        }

        EligibilityQuestion question(List<String> communeCodes) {
            List<EligibilityQuestion.Partner> partnerList = partners.stream()
                    .filter(p -> !p[0].isEmpty() && !p[1].isEmpty())
                    .map(p -> new EligibilityQuestion.Partner(p[0], PartnerCategory.valueOf(p[1]))).toList();
            List<EligibilityQuestion.Expense> expenseList = expenses.stream()
                    .filter(e -> !e[0].isEmpty() && !e[1].isEmpty())
                    .map(e -> new EligibilityQuestion.Expense(ExpenseCategory.valueOf(e[0]), "",
                            FormData.amount(e[1]).orElse(BigDecimal.ZERO))).toList();
            List<String> members = Arrays.stream(memberSirens.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
            return new EligibilityQuestion(
                    new EligibilityQuestion.Applicant(ApplicantType.valueOf(type), LegalForm.valueOf(legalForm),
                            siren.replace(" ", ""), members, FormData.amount(deMinimis).orElse(BigDecimal.ZERO)),
                    new EligibilityQuestion.Project(Stage.valueOf(stage), communeCodes, false, qpv, partnerList, null),
                    expenseList, FormData.amount(requestedAmount).orElse(BigDecimal.ZERO), null);
        }

        /** eligibility-service's field names, as this form names them. */
        static Problem.FieldError onForm(Problem.FieldError error) {
            String field = error.field();
            Map<String, String> names = new LinkedHashMap<>();
            names.put("applicant.siren", "siren");
            names.put("applicant.memberSirens", "memberSirens");
            names.put("applicant.deMinimisReceived", "deMinimis");
            names.put("requestedAmount", "requestedAmount");
            names.put("project.communeCodes", "commune");
            String mapped = names.entrySet().stream().filter(n -> field.startsWith(n.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(field.startsWith("expenses") ? "expenseAmount0" : "siren");
            return new Problem.FieldError(mapped, error.message());
        }

        public boolean hasError(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }
    }
}
