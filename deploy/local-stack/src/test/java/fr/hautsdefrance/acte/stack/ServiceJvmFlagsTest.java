package fr.hautsdefrance.acte.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServiceJvmFlagsTest {

    private static final Path APP = Path.of("/srv/acte/eligibility-service/target/quarkus-app");

    @Test
    void servicesRunWithTheStacksFlagsWhenNoneAreConfigured() {
        assertThat(ServiceProcess.jvmFlags(null, APP)).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
        assertThat(ServiceProcess.jvmFlags("  ", APP)).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
    }

    @Test
    void configuredFlagsReplaceTheDefaultsAndNameEachServicesOwnFolder() {
        assertThat(ServiceProcess.jvmFlags(" -Xmx128m   -XX:AOTCache={app}/app.aot ", APP))
                .containsExactly("-Xmx128m", "-XX:AOTCache=/srv/acte/eligibility-service/target/quarkus-app/app.aot");
    }
}
