package fr.hautsdefrance.acte.application.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.hautsdefrance.acte.application.EligibilityStub;
import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** A call names the version of the rules its files are assessed with. */
@QuarkusTest
class CallTest {

    @EligibilityStub.Inject
    WireMockServer eligibility;

    @AfterEach
    void defaultAnswers() {
        EligibilityStub.reset(eligibility);
    }

    @Test
    void a_call_naming_a_rule_set_the_rules_service_does_not_publish_is_refused() {
        as("admin-1", "admin").contentType(ContentType.JSON).body(call("acte-2031.9"))
                .post("/api/v1/calls").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ruleSetVersion"))
                .body("errors[0].message", containsString("acte-2026.1"));
    }

    @Test
    void a_call_cannot_be_opened_while_its_rule_set_cannot_be_checked() {
        eligibility.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/api/v1/eligibility/rule-sets")).atPriority(1).willReturn(aResponse().withStatus(503)));
        as("admin-1", "admin").contentType(ContentType.JSON).body(call("acte-2026.1"))
                .post("/api/v1/calls").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void a_file_carries_its_calls_rule_set_to_the_simulator_and_in_its_submitted_event() {
        String call = as("admin-1", "admin").contentType(ContentType.JSON).body(call("acte-2026.1"))
                .post("/api/v1/calls").then().statusCode(201).extract().path("id");
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submittedInCall(owner, call);

        applicant(owner).get("/api/v1/applications/{id}/eligibility", id).then().statusCode(200);
        eligibility.verify(postRequestedFor(urlPathEqualTo("/api/v1/eligibility/assessments"))
                .withRequestBody(equalToJson("{\"ruleSetVersion\":\"acte-2026.1\"}", true, true)));
        List<ConsumerRecord<String, String>> submitted = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".submitted."),
                1, Duration.ofSeconds(30));
        assertThat(submitted.get(0).value())
                .contains("\"call\":{\"id\":\"" + call + "\",\"name\":\"Appel thématique : tiers-lieux\","
                        + "\"ruleSetVersion\":\"acte-2026.1\"}");
    }

    private static String call(String ruleSetVersion) {
        return """
                {"name":"Appel thématique : tiers-lieux","opensAt":"%s","closesAt":"%s",
                 "envelope":150000.00,"ruleSetVersion":"%s"}""".formatted(OffsetDateTime.now().minusDays(1),
                OffsetDateTime.now().plusDays(30), ruleSetVersion);
    }
}
