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
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * payment-service's HTTP contract for the portal's page tests. Unless a test says otherwise it
 * answers as a payment-service that is down (503), which the pages must say in French; the real
 * service answers in the end-to-end tests.
 */
public class PaymentStub implements QuarkusTestResourceLifecycleManager {

    /** Injects the running stub into a test's {@code WireMockServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(20));
        server.start();
        reset(server);
        return Map.of("payment.stub.url", server.baseUrl());
    }

    /** Back to a payment-service that does not answer. */
    public static void reset(WireMockServer server) {
        server.resetAll();
        server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(503)));
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
