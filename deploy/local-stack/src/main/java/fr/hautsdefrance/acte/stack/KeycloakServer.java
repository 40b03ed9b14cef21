package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from its Maven Central distribution, started in development mode with the ACTE realm
 * imported from {@code deploy/keycloak/acte-realm.json}: the file the Kubernetes deployment imports too.
 * The Region's sign-in and account pages come from {@code deploy/keycloak/themes/acte}, the theme the
 * deployments' Keycloak image carries.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "acte";
    /** The first start includes Keycloak's own build step: about half a minute on two cores. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final int port;
    private final ManagedProcess process;

    private KeycloakServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    private static final String LOCAL_PORTAL_URL = "http://localhost:8080";

    /**
     * @param portalUrl  where application-service serves the portal, for the sign-in redirects
     * @param persistent keep users and sessions in the distribution's file database between runs
     *                   (the local stack); otherwise an in-memory database (the tests)
     */
    public static KeycloakServer start(Path distribution, Path realmFile, Path logFile, int port,
            int managementPort, String portalUrl, boolean persistent) {
        try {
            Path imports = distribution.resolve("data/import");
            Files.createDirectories(imports);
            // The realm names the portal at its local address; a stack on other ports (the tests')
            // must accept the portal's redirects where it really runs.
            String realm = Files.readString(realmFile).replace(LOCAL_PORTAL_URL, portalUrl);
            Files.writeString(imports.resolve(realmFile.getFileName()), realm);
            installTheme(realmFile.resolveSibling("themes"), distribution.resolve("themes"));
            List<String> command = List.of(distribution.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--db=" + (persistent ? "dev-file" : "dev-mem"), "--import-realm", "--health-enabled=true");
            ManagedProcess process = ManagedProcess.start("keycloak", command,
                    Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                            "JAVA_HOME", System.getProperty("java.home"),
                            // The theme's footer and account header link back to the portal.
                            "ACTE_PUBLIC_URL", portalUrl),
                    distribution, logFile, false);
            KeycloakServer server = new KeycloakServer(port, process);
            process.awaitReady(() -> Http.isOk(server.realmUrl() + "/.well-known/openid-configuration"),
                    START_TIMEOUT);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies each theme afresh, so an edited theme shows at the next start. */
    private static void installTheme(Path themes, Path distributionThemes) throws IOException {
        if (!Files.isDirectory(themes)) {
            return;
        }
        try (Stream<Path> sources = Files.walk(themes)) {
            for (Path source : sources.toList()) {
                Path target = distributionThemes.resolve(themes.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The unpacked distribution the {@code deploy/local-stack} build placed under its target folder. */
    public static Path distributionIn(Path projectRoot) {
        Path unpacked = projectRoot.resolve("deploy/local-stack/target/keycloak");
        try (Stream<Path> entries = Files.exists(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution under " + unpacked
                            + ": run ./mvnw -B package -DskipTests -pl deploy/local-stack -am"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
