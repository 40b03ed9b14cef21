package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.service.Simulator;
import fr.hautsdefrance.acte.application.service.Texts;
import fr.hautsdefrance.acte.application.service.command.DescribeProject;
import fr.hautsdefrance.acte.application.service.command.DraftChange;
import fr.hautsdefrance.acte.application.service.command.DraftSteps;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The simulator's answers carried into a new draft. They travel in the address of « Créer mon dossier »
 * (so nothing is lost when the sign-in page comes in between, nor kept on the server for someone who
 * never signs in), then fill the draft's steps as the steps themselves read them.
 */
final class SimulatorAnswers {

    /** The simulator's fields the draft has a field for, under the same names (the commune apart). */
    private static final Pattern CARRIED = Pattern.compile(
            "type|legalForm|stage|commune|qpv|requestedAmount|partner(Name|Category)[0-9]+|expense(Category|Amount)[0-9]+");
    private static final List<DraftStep> FILLED = List.of(DraftStep.PROJECT, DraftStep.PARTNERS, DraftStep.BUDGET,
            DraftStep.FUNDING);

    static final String FROM_SIMULATOR = "/espace/nouveau-dossier";

    private final MultivaluedMap<String, String> answers;

    private SimulatorAnswers(MultivaluedMap<String, String> answers) {
        this.answers = answers;
    }

    /** The answers the draft takes, out of a form (the simulator's, or the page carrying them). */
    static SimulatorAnswers of(Map<String, List<String>> fields) {
        MultivaluedMap<String, String> carried = new MultivaluedHashMap<>();
        fields.entrySet().stream().filter(f -> CARRIED.matcher(f.getKey()).matches())
                .sorted(Map.Entry.comparingByKey())
                .forEach(f -> {
                    String value = f.getValue().isEmpty() ? "" : f.getValue().get(0).trim();
                    if (!value.isEmpty()) {
                        carried.putSingle(f.getKey(), value);
                    }
                });
        return new SimulatorAnswers(carried);
    }

    /** The query string that carries them: "stage=EMERGENCE&commune=Lens+%2862498%29…". */
    String query() {
        return answers.entrySet().stream().map(a -> encode(a.getKey()) + "=" + encode(a.getValue().get(0)))
                .collect(Collectors.joining("&"));
    }

    /**
     * The address of the registration page that comes back here with the answers once the organisation
     * is registered: a person with no organisation yet loses nothing on the way.
     */
    String registrationFirst() {
        String back = FROM_SIMULATOR + (answers.isEmpty() ? "" : "?" + query());
        return "/espace/structures/nouvelle?suite=" + encode(back);
    }

    /** Where a registration may send its person back to: this page only, never another site or page. */
    static boolean isWayBack(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(address);
            return uri.getScheme() == null && uri.getRawAuthority() == null && FROM_SIMULATOR.equals(uri.getPath())
                    && address.startsWith(FROM_SIMULATOR);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** One answer as given, or "". */
    String answer(String name) {
        String value = answers.getFirst(name);
        return value == null ? "" : value;
    }

    boolean isEmpty() {
        return answers.isEmpty();
    }

    /** Each answer, to be sent on with the page's form. */
    List<DraftView.Field> hidden() {
        return answers.entrySet().stream().map(a -> new DraftView.Field(a.getKey(), a.getKey(), a.getValue().get(0)))
                .toList();
    }

    /** The answers as the applicant reads them back: labels, not codes. */
    List<DraftView.Field> shown(Texts texts) {
        FormData form = new FormData(answers);
        List<DraftView.Field> shown = new ArrayList<>();
        Stage stage = enumOf(Stage.class, form.text("stage"));
        if (stage != null) {
            shown.add(new DraftView.Field("stage", "Niveau de maturité", texts.stage(stage)));
        }
        add(shown, "commune", "Commune", form.text("commune"));
        if (form.checked("qpv")) {
            shown.add(new DraftView.Field("qpv", "Quartier prioritaire", "oui"));
        }
        for (int i = 0; answers.containsKey("partnerName" + i) || answers.containsKey("partnerCategory" + i) || i < 2; i++) {
            PartnerCategory category = enumOf(PartnerCategory.class, form.text("partnerCategory" + i));
            add(shown, "partnerName" + i, "Partenaire " + (i + 1), form.text("partnerName" + i)
                    + (category == null ? "" : " — " + texts.partnerCategory(category)));
        }
        for (int i = 0; answers.containsKey("expenseCategory" + i) || answers.containsKey("expenseAmount" + i) || i < 2; i++) {
            ExpenseCategory category = enumOf(ExpenseCategory.class, form.text("expenseCategory" + i));
            String amount = FormData.amount(form.text("expenseAmount" + i)).filter(a -> a.signum() >= 0)
                    .map(PortalExtensions::euros).orElse("");
            add(shown, "expenseAmount" + i, "Dépense " + (i + 1), (category == null ? "" : texts.expenseCategory(category))
                    + (amount.isEmpty() ? "" : " : " + amount));
        }
        FormData.amount(form.text("requestedAmount")).filter(a -> a.signum() >= 0).ifPresent(a ->
                shown.add(new DraftView.Field("requestedAmount", "Montant demandé à la Région", PortalExtensions.euros(a))));
        return shown;
    }

    /**
     * What the new draft receives, read by the steps' own rules; a step whose answers they refuse (a commune
     * no longer found) is left for the applicant to fill, the others are kept.
     */
    DraftChange content(String title, Simulator simulator, Validator validator) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>(answers);
        fields.putSingle("title", title);
        if (answers.containsKey("commune")) {
            fields.putSingle("commune0", answers.getFirst("commune"));
        }
        FormData form = new FormData(fields);
        List<DraftChange> steps = new ArrayList<>();
        steps.add(DescribeProject.titled(title));
        for (DraftStep step : FILLED) {
            DraftForms.Changes changes = DraftForms.read(step, form, simulator);
            if (changes.valid() && changes.change() != null && validator.validate(changes.change()).isEmpty()) {
                steps.add(changes.change());
            }
        }
        return new DraftSteps(steps);
    }

    private static void add(List<DraftView.Field> fields, String id, String label, String value) {
        if (!value.isBlank()) {
            fields.add(new DraftView.Field(id, label, value));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
