package fr.hautsdefrance.acte.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonResponsesFilterTest {

    @Test
    void an_operation_open_to_anyone_says_so_and_documents_no_authentication_refusal() {
        Operation open = OASFactory.createOperation().responses(OASFactory.createAPIResponses());

        filter(false, "/api/v1/calls", OASFactory.createPathItem().GET(open));

        assertThat(open.getSecurity()).isNotNull().isEmpty();
        assertThat(open.getResponses().getAPIResponses()).doesNotContainKeys("401", "403");
    }

    @Test
    void a_secured_change_of_a_named_resource_documents_every_common_refusal_as_a_problem() {
        Operation change = secured().requestBody(OASFactory.createRequestBody());
        change.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));

        filter(false, "/api/v1/applications/{id}", OASFactory.createPathItem().PUT(change));

        assertThat(change.getResponses().getAPIResponses()).containsKeys("400", "401", "403", "404", "409")
                .doesNotContainKey("422");
        assertThat(change.getResponses().getAPIResponse("401").getRef()).isEqualTo("#/components/responses/Unauthorized");
        assertThat(change.getResponses().getAPIResponse("409").getRef()).isEqualTo("#/components/responses/Conflict");
    }

    @Test
    void a_reading_documents_neither_conflict_nor_business_rule_refusal() {
        Operation read = secured().addParameter(OASFactory.createParameter().name("q").in(Parameter.In.QUERY));

        filter(true, "/api/v1/applications", OASFactory.createPathItem().GET(read));

        assertThat(read.getResponses().getAPIResponses()).containsKeys("400", "401", "403")
                .doesNotContainKeys("404", "409", "422");
    }

    @Test
    void a_service_with_business_rules_documents_422_on_its_changes() {
        Operation change = secured();

        filter(true, "/api/v1/payments/{paymentId}/approval", OASFactory.createPathItem().POST(change));

        assertThat(change.getResponses().getAPIResponse("422").getRef())
                .isEqualTo("#/components/responses/BusinessRuleRefused");
    }

    @Test
    void a_refusal_described_on_a_resource_keeps_its_description_and_becomes_a_problem_document() {
        Operation change = secured();
        change.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description("Contrôle à quatre yeux")
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType())));

        filter(false, "/api/v1/payments", OASFactory.createPathItem().POST(change));

        var forbidden = change.getResponses().getAPIResponse("403");
        assertThat(forbidden.getDescription()).isEqualTo("Contrôle à quatre yeux");
        assertThat(forbidden.getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
        assertThat(forbidden.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void a_file_answered_as_is_is_documented_as_bytes() {
        Operation download = secured();
        download.getResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                .content(OASFactory.createContent().addMediaType("application/pdf", OASFactory.createMediaType())));

        filter(false, "/api/v1/applications/{id}/receipt", OASFactory.createPathItem().GET(download));

        var schema = download.getResponses().getAPIResponse("200").getContent().getMediaType("application/pdf").getSchema();
        assertThat(schema.getFormat()).isEqualTo("binary");
    }

    private static Operation secured() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "officer"));
    }

    private static OpenAPI filter(boolean businessRuleRefusals, String path,
            org.eclipse.microprofile.openapi.models.PathItem item) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
        new CommonResponsesFilter(businessRuleRefusals).filterOpenAPI(openAPI);
        assertThat(openAPI.getComponents().getSchemas()).containsKey("Problem");
        return openAPI;
    }
}
