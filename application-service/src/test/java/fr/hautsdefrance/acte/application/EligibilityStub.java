package fr.hautsdefrance.acte.application;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * eligibility-service's HTTP contract for this service's API tests: an eligible verdict unless a
 * test says otherwise. The real service answers in the end-to-end tests.
 */
public class EligibilityStub implements QuarkusTestResourceLifecycleManager {

    /** Injects the running stub into a test's {@code WireMockServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    public static final String ELIGIBLE = """
            {"eligible":true,"ruleSet":"acte-2026.1","eligibleBase":60000.00,"rate":0.6,"maxGrant":36000.00,
             "requestedAmount":30000.00,"checks":[{"code":"AMOUNT_RANGE","status":"PASS","message":"Montant compris entre 15 000 € et 60 000 €."}]}
            """;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // Enough threads to hold the answers of as many calls as application-service lets wait at once.
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(50));
        server.start();
        reset(server);
        return Map.of("eligibility.stub.url", server.baseUrl());
    }

    /** Back to the default answers. */
    public static void reset(WireMockServer server) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ELIGIBLE)));
        server.stubFor(get(urlPathEqualTo("/api/v1/eligibility/rule-sets")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        [{"version":"acte-2026.1","effectiveFrom":"2026-01-01"}]""")));
        server.stubFor(get(urlPathMatching("/api/v1/territories/epci/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/territories/communes")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        [{"code":"62498","name":"Lens","epciSiren":"246200364","epciName":"CA de Lens - Liévin"}]""")));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Inject.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
