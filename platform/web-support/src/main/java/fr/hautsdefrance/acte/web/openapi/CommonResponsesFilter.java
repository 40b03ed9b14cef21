package fr.hautsdefrance.acte.web.openapi;

import fr.hautsdefrance.acte.web.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The refusals every ACTE API answers the same way, documented once for all services: each 4xx is an
 * RFC 9457 problem document ({@link Problem}); a secured operation may answer 401 and 403, one that
 * takes input 400, one that names a resource 404, one that changes something 409 (a state that does not
 * allow it, or a concurrent change). An operation open to anyone says so ({@code security: []}) instead
 * of leaving integrators to guess. Runs on the finished document, after Quarkus added the security
 * requirements of {@code @RolesAllowed} operations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class CommonResponsesFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";

    /** The common refusals, by status: the component's name and what it means for the caller. */
    private static final Map<String, String[]> REFUSALS = Map.of(
            "400", new String[] {"BadRequest", "Données invalides ou illisibles : errors[].field nomme chaque champ à corriger."},
            "401", new String[] {"Unauthorized", "Jeton d'accès absent, expiré ou invalide : connectez-vous à nouveau."},
            "403", new String[] {"Forbidden", "Votre compte n'a pas le rôle qui permet cette action, ou une autre personne "
                    + "doit agir (contrôle à quatre yeux)."},
            "404", new String[] {"NotFound", "Introuvable, ou hors de portée de votre compte."},
            "409", new String[] {"Conflict", "L'état actuel ne le permet pas, une clé d'idempotence est réutilisée pour "
                    + "une autre demande, ou quelqu'un d'autre vient de modifier la ressource : rechargez-la puis recommencez."},
            "422", new String[] {"BusinessRuleRefused", "Refusé par une règle de gestion (dossier incomplet, règles de "
                    + "versement…) : detail dit laquelle, errors[].field nomme le champ en cause."});

    /** Whether the service refuses changes that break its rules with 422 (application and payment do). */
    static final String BUSINESS_RULE_REFUSALS = "acte.openapi.business-rule-refusals";

    private final boolean businessRuleRefusals;

    public CommonResponsesFilter() {
        this(ConfigProvider.getConfig().getOptionalValue(BUSINESS_RULE_REFUSALS, Boolean.class).orElse(false));
    }

    CommonResponsesFilter(boolean businessRuleRefusals) {
        this.businessRuleRefusals = businessRuleRefusals;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        REFUSALS.forEach((status, refusal) -> openAPI.getComponents().addResponse(refusal[0],
                OASFactory.createAPIResponse().description(refusal[1]).content(problemContent())));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            // Explicit: open to anyone, not "unspecified".
            operation.setSecurity(new ArrayList<>());
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        List<String> answered = new ArrayList<>();
        if (takesInput) {
            answered.add("400");
        }
        if (secured) {
            answered.add("401");
            answered.add("403");
        }
        if (path.contains("{")) {
            answered.add("404");
        }
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (changes) {
            answered.add("409");
        }
        if (changes && businessRuleRefusals) {
            answered.add("422");
        }
        for (String status : answered) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, reference(status));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                describeFiles(response);
            }
        });
        // Every refusal, generated or written on a resource, is a problem document.
        for (Map.Entry<String, APIResponse> entry : Map.copyOf(responses.getAPIResponses()).entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (!status.startsWith("4") || response.getRef() != null || isProblem(response)) {
                continue;
            }
            boolean generated = response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty();
            if (generated && REFUSALS.containsKey(status)) {
                responses.addAPIResponse(status, reference(status));
            } else {
                response.setContent(problemContent());
            }
        }
    }

    /** A file answered as is (PDF, CSV, XML, an uploaded document) is a stream of bytes. */
    private static void describeFiles(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (media.getSchema() == null && !type.contains("json")) {
                media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary"));
            }
        });
    }

    private static boolean isProblem(APIResponse response) {
        Content content = response.getContent();
        return content != null && content.getMediaTypes() != null && content.getMediaTypes().size() == 1
                && content.hasMediaType(Problem.MEDIA_TYPE)
                && content.getMediaType(Problem.MEDIA_TYPE).getSchema() != null
                && ("#/components/schemas/" + PROBLEM_SCHEMA).equals(content.getMediaType(Problem.MEDIA_TYPE).getSchema().getRef());
    }

    private static APIResponse reference(String status) {
        return OASFactory.createAPIResponse().ref(REFUSALS.get(status)[0]);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Document RFC 9457 : ce qui est refusé et pourquoi, en français, pour la personne qui a envoyé la requête.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("URI du type de refus (https://acte.hautsdefrance.fr/problems/…), ou about:blank"))
                .addProperty("title", string("Nom du refus, en français"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("Code HTTP de la réponse"))
                .addProperty("detail", string("Ce que la personne peut faire, en français"))
                .addProperty("instance", string("Chemin de la requête refusée"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Chaque champ à corriger")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR_SCHEMA)));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addRequired("field").addRequired("message")
                .addProperty("field", string("Chemin JSON du champ dans la requête, par exemple expenses[2].amount"))
                .addProperty("message", string("Ce qui est à corriger, en français"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
