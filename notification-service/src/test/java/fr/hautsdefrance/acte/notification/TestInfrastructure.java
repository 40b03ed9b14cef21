package fr.hautsdefrance.acte.notification;

import fr.hautsdefrance.acte.testing.KafkaTestResource;
import fr.hautsdefrance.acte.testing.PostgresTestResource;
import fr.hautsdefrance.acte.testing.SmtpTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real servers every @QuarkusTest of this service runs against (declared once, for all). */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
