package fr.hautsdefrance.acte.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceJvmFlagsTest {

    private static final Path APP = Path.of("/srv/acte/eligibility-service/target/quarkus-app");
    /** Those measured after the deadline rush, and those of the container images (ContainerImagesTest). */
    static final String[] DEFAULTS = {"-Xms32m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
        "-XX:MaxHeapFreeRatio=20", "-XX:TrimNativeHeapInterval=5000", "-XX:TieredStopAtLevel=1"};

    @Test
    void servicesRunWithTheStacksFlagsWhenNoneAreConfigured() {
        assertThat(ServiceProcess.jvmFlags(null, APP)).containsExactly(DEFAULTS);
        assertThat(ServiceProcess.jvmFlags("  ", APP)).containsExactly(DEFAULTS);
    }

    @Test
    void configuredFlagsReplaceTheDefaultsAndNameEachServicesOwnFolder() {
        assertThat(ServiceProcess.jvmFlags(" -Xmx128m   -XX:AOTCache={app}/app.aot ", APP))
                .containsExactly("-Xmx128m", "-XX:AOTCache=/srv/acte/eligibility-service/target/quarkus-app/app.aot");
    }

    @Test
    void servicesRunWithTwoMallocArenasBesideTheirConfiguration() {
        assertThat(ServiceProcess.processEnvironment(Map.of("QUARKUS_HTTP_PORT", "8081"), Map.of("PATH", "/usr/bin")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("MALLOC_ARENA_MAX", "2", "QUARKUS_HTTP_PORT", "8081"));
    }

    @Test
    void anOperatorsOwnMallocArenaMaxIsTheOneTheServicesInherit() {
        assertThat(ServiceProcess.processEnvironment(Map.of("QUARKUS_HTTP_PORT", "8081"), Map.of("MALLOC_ARENA_MAX", "8")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("QUARKUS_HTTP_PORT", "8081"));
    }
}
