package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.ApplicationService;
import fr.hautsdefrance.acte.application.service.OrganisationService;
import fr.hautsdefrance.acte.application.service.Simulator;
import fr.hautsdefrance.acte.application.service.Texts;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * « Créer mon dossier » from the simulator: once signed in, the applicant picks the organisation and a
 * title, and the new draft starts with the simulator's answers (maturity, commune, partners, expenses,
 * amount requested) already in its steps.
 */
@Path("/espace/nouveau-dossier")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
@PortalCsrf.Protected
public class DraftFromSimulatorPages {

    private final OrganisationService organisations;
    private final ApplicationService applications;
    private final Simulator simulator;
    private final Validator validator;
    private final Texts texts;

    @Inject
    public DraftFromSimulatorPages(OrganisationService organisations, ApplicationService applications, Simulator simulator,
            Validator validator, Texts texts) {
        this.texts = texts;
        this.organisations = organisations;
        this.applications = applications;
        this.simulator = simulator;
        this.validator = validator;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance draftFromSimulator(List<Organisation> organisations, UUID chosen, String title,
                List<DraftView.Field> answers, List<DraftView.Field> carried, String registrationFirst,
                List<Problem.FieldError> errors);
    }

    @GET
    public TemplateInstance form(@Context UriInfo uri) {
        SimulatorAnswers answers = SimulatorAnswers.of(uri.getQueryParameters());
        return page(answers, null, "", List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        SimulatorAnswers answers = SimulatorAnswers.of(fields);
        String title = form.text("title");
        UUID organisation = uuid(form.text("organisationId"));
        if (organisation == null || organisations.mine().stream().noneMatch(o -> o.id().equals(organisation))) {
            return page(answers, organisation, title, List.of(new Problem.FieldError("organisationId",
                    "Choisissez la structure qui porte le projet.")));
        }
        if (title.isEmpty() || title.length() > 200) {
            return page(answers, organisation, title, List.of(new Problem.FieldError("title",
                    "Donnez un titre à votre projet (200 caractères au plus) pour commencer.")));
        }
        Application draft = applications.createDraft(organisation, null, answers.content(title, simulator, validator));
        return Response.seeOther(URI.create("/espace/dossiers/" + draft.id() + "/etapes/projet")).build();
    }

    private TemplateInstance page(SimulatorAnswers answers, UUID chosen, String title, List<Problem.FieldError> errors) {
        List<Organisation> mine = organisations.mine();
        UUID preselected = chosen;
        if (preselected == null) {
            // The simulator asked what kind of structure carries the project: the first one of that kind.
            String type = answers.answer("type");
            String legalForm = answers.answer("legalForm");
            preselected = mine.stream().filter(o -> o.applicantType() != null && o.applicantType().name().equals(type))
                    .sorted((a, b) -> Boolean.compare(!legalForm.equals(String.valueOf(a.legalForm())),
                            !legalForm.equals(String.valueOf(b.legalForm()))))
                    .map(Organisation::id).findFirst().orElse(mine.isEmpty() ? null : mine.get(0).id());
        }
        return Templates.draftFromSimulator(mine, preselected, title, answers.shown(texts), answers.hidden(),
                answers.registrationFirst(), errors);
    }

    private static UUID uuid(String text) {
        try {
            return text.isEmpty() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
