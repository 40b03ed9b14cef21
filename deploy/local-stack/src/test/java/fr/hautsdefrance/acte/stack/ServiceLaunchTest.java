package fr.hautsdefrance.acte.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hautsdefrance.acte.stack.ServiceLaunch.AotMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLaunchTest {

    private static final Instant BUILT = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path module;

    private Path fastJar;
    private Path aotJar;

    @BeforeEach
    void packagedBothWays() throws IOException {
        fastJar = module.resolve(ServiceLaunch.FAST_JAR);
        aotJar = module.resolve(ServiceLaunch.AOT_JAR);
        write(fastJar.resolve(ServiceLaunch.RUNNER), BUILT);
        write(aotJar.resolve(ServiceLaunch.RUNNER), BUILT.plusSeconds(60));
    }

    @Test
    void aJdk25WithACacheTrainedOnTheLatestBuildRunsTheAotJarWithIt() throws IOException {
        write(aotJar.resolve(ServiceLaunch.CACHE), BUILT.plusSeconds(300));

        ServiceLaunch launch = ServiceLaunch.of(module, null, AotMode.AUTO, 25);

        assertThat(launch.app()).isEqualTo(aotJar);
        List<String> flags = new ArrayList<>(List.of(ServiceJvmFlagsTest.DEFAULTS));
        flags.add("-XX:AOTCache=" + aotJar.resolve("app.aot"));
        assertThat(launch.jvmFlags()).containsExactlyElementsOf(flags);
    }

    @Test
    void anOlderJdkRunsTheFastJarAsBuiltEvenWithACache() throws IOException {
        write(aotJar.resolve(ServiceLaunch.CACHE), BUILT.plusSeconds(300));

        ServiceLaunch launch = ServiceLaunch.of(module, null, AotMode.AUTO, 17);

        assertThat(launch.app()).isEqualTo(fastJar);
        assertThat(launch.jvmFlags()).containsExactly(ServiceJvmFlagsTest.DEFAULTS);
    }

    @Test
    void withoutACacheTheFastJarRuns() {
        assertThat(ServiceLaunch.of(module, null, AotMode.AUTO, 25).app()).isEqualTo(fastJar);
    }

    @Test
    void aCacheOlderThanItsJarIsNotUsed() throws IOException {
        write(aotJar.resolve(ServiceLaunch.CACHE), BUILT.plusSeconds(30));

        assertThat(ServiceLaunch.of(module, null, AotMode.AUTO, 25).app()).isEqualTo(fastJar);
    }

    @Test
    void aRebuildAfterTheTrainingRunsTheNewFastJar() throws IOException {
        write(aotJar.resolve(ServiceLaunch.CACHE), BUILT.plusSeconds(300));
        write(fastJar.resolve(ServiceLaunch.RUNNER), BUILT.plusSeconds(600));

        assertThat(ServiceLaunch.of(module, null, AotMode.AUTO, 25).app()).isEqualTo(fastJar);
    }

    @Test
    void offRunsTheFastJarWhateverTheCache() throws IOException {
        write(aotJar.resolve(ServiceLaunch.CACHE), BUILT.plusSeconds(300));

        assertThat(ServiceLaunch.of(module, null, AotMode.OFF, 25).app()).isEqualTo(fastJar);
    }

    @Test
    void aTrainingRunRecordsTheCacheOfTheAotJar() {
        ServiceLaunch launch = ServiceLaunch.of(module, "-Xmx128m", AotMode.TRAIN, 25);

        assertThat(launch.app()).isEqualTo(aotJar);
        assertThat(launch.jvmFlags()).containsExactly("-Xmx128m", "-XX:AOTCacheOutput=" + aotJar.resolve("app.aot"));
    }

    @Test
    void trainingNeedsAJdk25() {
        assertThatThrownBy(() -> ServiceLaunch.of(module, null, AotMode.TRAIN, 17))
                .hasMessageContaining("JDK 25");
    }

    @Test
    void anOperatorsOwnCacheFlagIsKeptAlone() throws IOException {
        write(aotJar.resolve(ServiceLaunch.CACHE), BUILT.plusSeconds(300));

        ServiceLaunch launch = ServiceLaunch.of(module, "-Xmx384m -XX:AOTCache={app}/other.aot", AotMode.AUTO, 25);

        assertThat(launch.jvmFlags()).containsExactly("-Xmx384m", "-XX:AOTCache=" + aotJar.resolve("other.aot"));
    }

    @Test
    void theModeIsReadWhateverItsCase() {
        assertThat(AotMode.of(null)).isEqualTo(AotMode.AUTO);
        assertThat(AotMode.of(" Train ")).isEqualTo(AotMode.TRAIN);
        assertThat(AotMode.of("off")).isEqualTo(AotMode.OFF);
    }

    private static void write(Path file, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
