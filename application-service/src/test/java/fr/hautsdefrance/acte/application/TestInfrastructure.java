package fr.hautsdefrance.acte.application;

import fr.hautsdefrance.acte.testing.KafkaTestResource;
import fr.hautsdefrance.acte.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real servers every @QuarkusTest of this service runs against (declared once, for all). */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EligibilityStub.class)
@QuarkusTestResource(PaymentStub.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
