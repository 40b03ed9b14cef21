package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's src/main/docker/Dockerfile.jvm. No image can be built here (no container engine),
 * so the definition is checked instead: the fast-jar layout it copies is the one Quarkus packages,
 * it runs as a non-root user with container-aware memory settings, and it carries the OCI labels.
 */
class ContainerImagesTest {

    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--chown=\\S+\\s+)?(\\S+)\\s+(\\S+)\\s*$");

    static Stream<String> services() {
        return Repository.SERVICES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void copiesTheFastJarLayoutQuarkusPackages(String service) {
        List<String[]> copies = copies(service);
        assertThat(copies).extracting(c -> c[0]).containsExactly("target/quarkus-app/lib/", "target/quarkus-app/*.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
        assertThat(copies).allSatisfy(c -> assertThat(c[1]).startsWith("/deployments/"));
        assertThat(dockerfile(service)).contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
        assertThat(ServiceSettings.of(service).properties()).as(service + " keeps the fast-jar packaging")
                .doesNotContainKey("quarkus.package.jar.type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theCopiedPathsExistInThePackagedService(String service) throws IOException {
        Path app = Repository.path(service).resolve("target/quarkus-app");
        Assumptions.assumeTrue(Files.exists(app.resolve("quarkus-run.jar")),
                service + " is not packaged in this build (./mvnw package): its layout is checked by the full build");
        for (String[] copy : copies(service)) {
            String source = copy[0].substring("target/quarkus-app/".length());
            if (source.equals("*.jar")) {
                try (var jars = Files.list(app)) {
                    assertThat(jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")))
                            .containsExactly("quarkus-run.jar");
                }
            } else {
                assertThat(app.resolve(source)).as(copy[0]).isDirectoryContaining(p -> true);
            }
        }
        assertThat(app.resolve("lib/main")).isDirectory();
        assertThat(app.resolve("quarkus/quarkus-application.dat")).exists();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runsAsAnUnprivilegedUserWithContainerMemorySettings(String service) {
        String dockerfile = dockerfile(service);
        assertThat(dockerfile).containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-\\d+-runtime:[0-9.]+$");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).isNotIn("root", "0");
        assertThat(user.group(1)).as("the user Kubernetes runs it as")
                .isEqualTo(Manifests.base().serviceDeployment(service).path("spec").path("template").path("spec")
                        .path("securityContext").path("runAsUser").asText());
        assertThat(dockerfile).containsPattern("JAVA_MAX_MEM_RATIO=\\d+").contains("-XX:+ExitOnOutOfMemoryError")
                .contains("-Dquarkus.http.host=0.0.0.0");
        assertThat(dockerfile).containsPattern("(?m)^EXPOSE " + ServiceSettings.of(service).httpPort() + "$");
        assertThat(dockerfile).contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]");
    }

    /**
     * The settings measured on the local stack after the deadline rush (docs/benchmarks.md, "Resident memory after
     * the rush"): the image's heap, the pod's limit times JAVA_MAX_MEM_RATIO, is the stack's -Xmx, its collector
     * the stack's, and every other flag of the stack is passed on, with the same glibc arenas.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runsWithTheJvmSettingsTheLocalStackMeasured(String service) {
        String dockerfile = dockerfile(service);
        JsonNode resources = Manifests.base().serviceDeployment(service).path("spec").path("template").path("spec")
                .path("containers").path(0).path("resources");
        int limitMib = mebibytes(resources.path("limits").path("memory").asText());
        assertThat(mebibytes(resources.path("requests").path("memory").asText())).as("request = limit").isEqualTo(limitMib);
        int ratio = Integer.parseInt(env(dockerfile, "JAVA_MAX_MEM_RATIO"));
        List<String> stackFlags = List.of(LOCAL_STACK_FLAGS.split("\\s+"));
        assertThat(stackFlags).contains("-Xmx" + limitMib * ratio / 100 + "m", "-XX:+UseSerialGC");
        assertThat(limitMib * ratio % 100).as("the heap in whole MiB").isZero();
        assertThat(env(dockerfile, "GC_CONTAINER_OPTIONS")).isEqualTo("-XX:+UseSerialGC");
        assertThat(env(dockerfile, "MALLOC_ARENA_MAX")).isEqualTo("2");
        List<String> appended = List.of(env(dockerfile, "JAVA_OPTS_APPEND").split("\\s+"));
        assertThat(appended).containsAll(stackFlags.stream()
                .filter(flag -> !flag.startsWith("-Xmx") && !flag.equals("-XX:+UseSerialGC")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void carriesOciLabelsWithVersionAndSource(String service) {
        String dockerfile = dockerfile(service);
        for (String label : List.of("title", "version", "revision", "source", "licenses")) {
            assertThat(dockerfile).contains("org.opencontainers.image." + label + "=");
        }
        assertThat(dockerfile).contains("org.opencontainers.image.version=\"${ACTE_VERSION}\"")
                .contains("org.opencontainers.image.source=\"${ACTE_SOURCE}\"")
                .contains("org.opencontainers.image.licenses=\"EUPL-1.2\"");
    }

    /** The services' flags on the local stack ({@code ServiceProcess.DEFAULT_JVM_FLAGS}). */
    private static final String LOCAL_STACK_FLAGS = localStackFlags();

    private static String localStackFlags() {
        Matcher flags = Pattern.compile("DEFAULT_JVM_FLAGS = \"([^\"]+)\";").matcher(
                Repository.read("deploy/local-stack/src/main/java/fr/hautsdefrance/acte/stack/ServiceProcess.java"));
        assertThat(flags.find()).as("ServiceProcess.DEFAULT_JVM_FLAGS").isTrue();
        return flags.group(1);
    }

    /** An {@code ENV} value of the Dockerfile, quoted or not. */
    private static String env(String dockerfile, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=(?:\"([^\"]*)\"|(\\S+))").matcher(dockerfile);
        assertThat(value.find()).as(name + " in the Dockerfile").isTrue();
        return value.group(1) != null ? value.group(1) : value.group(2);
    }

    private static int mebibytes(String quantity) {
        assertThat(quantity).as("a memory quantity in Mi or Gi").matches("\\d+(Mi|Gi)");
        int number = Integer.parseInt(quantity.substring(0, quantity.length() - 2));
        return quantity.endsWith("Gi") ? number * 1024 : number;
    }

    private static String dockerfile(String service) {
        return Repository.read(service + "/src/main/docker/Dockerfile.jvm");
    }

    private static List<String[]> copies(String service) {
        List<String[]> copies = new ArrayList<>();
        Matcher matcher = COPY.matcher(dockerfile(service));
        while (matcher.find()) {
            copies.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return copies;
    }
}
