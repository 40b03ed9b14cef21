package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which packaging of a service the stack starts, and with which JVM flags.
 *
 * <p>By default the fast-jar the build made ({@value #FAST_JAR}), as the container images run it. On a JDK 25
 * or newer, once {@code ./acte up --train} has built the aot-jar ({@value #AOT_JAR}: every class on the JDK's
 * own class loaders, without which the JDK caches none of the application's classes) and a training run has
 * written its AOT cache ({@value #CACHE}), the aot-jar with that cache. A cache is used only if it is newer
 * than its jar and that jar newer than the fast-jar: after a rebuild the stack runs the new code, without the
 * cache, until the next training.
 *
 * @param app the service's {@code quarkus-app} folder, holding {@code quarkus-run.jar}
 */
record ServiceLaunch(Path app, List<String> jvmFlags) {

    static final String FAST_JAR = "target/quarkus-app";
    static final String AOT_JAR = "target/quarkus-app-aot";
    static final String CACHE = "app.aot";
    static final String RUNNER = "quarkus-run.jar";

    /** {@code ACTE_AOT}: {@code train} (set by {@code ./acte up --train}), {@code off}, or unset: use a cache if one is fresh. */
    enum AotMode {
        AUTO, TRAIN, OFF;

        static AotMode of(String value) {
            return value == null || value.isBlank() ? AUTO : valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param module          the service's Maven module folder
     * @param configuredFlags the operator's JVM flags ({@link ServiceProcess#JVM_FLAGS_VARIABLE}), or none
     * @param javaFeature     the feature release of the JDK the services run on (17, 25…)
     */
    static ServiceLaunch of(Path module, String configuredFlags, AotMode mode, int javaFeature) {
        Path fastJar = module.resolve(FAST_JAR);
        Path aotJar = module.resolve(AOT_JAR);
        switch (mode) {
            case TRAIN -> {
                if (javaFeature < 25) {
                    throw new IllegalStateException("An AOT cache needs a JDK 25 or newer; this one is " + javaFeature);
                }
                if (!Files.exists(aotJar.resolve(RUNNER))) {
                    throw new IllegalStateException("No " + aotJar.resolve(RUNNER) + ": ./acte up --train builds it");
                }
                return withCacheFlag(aotJar, configuredFlags, "-XX:AOTCacheOutput=");
            }
            case AUTO -> {
                if (javaFeature >= 25 && freshCache(fastJar, aotJar)) {
                    return withCacheFlag(aotJar, configuredFlags, "-XX:AOTCache=");
                }
            }
            case OFF -> {
            }
        }
        return new ServiceLaunch(fastJar, ServiceProcess.jvmFlags(configuredFlags, fastJar));
    }

    private static ServiceLaunch withCacheFlag(Path app, String configuredFlags, String cacheOption) {
        List<String> flags = new ArrayList<>(ServiceProcess.jvmFlags(configuredFlags, app));
        if (flags.stream().noneMatch(flag -> flag.startsWith("-XX:AOTCache"))) {
            flags.add(cacheOption + app.resolve(CACHE));
        }
        return new ServiceLaunch(app, List.copyOf(flags));
    }

    /** A cache written after its aot-jar was built, from a build no older than the fast-jar. */
    static boolean freshCache(Path fastJar, Path aotJar) {
        Path cache = aotJar.resolve(CACHE);
        Path aotRunner = aotJar.resolve(RUNNER);
        Path fastRunner = fastJar.resolve(RUNNER);
        if (!Files.exists(cache) || !Files.exists(aotRunner) || !Files.exists(fastRunner)) {
            return false;
        }
        return modified(cache).compareTo(modified(aotRunner)) > 0
                && modified(aotRunner).compareTo(modified(fastRunner)) >= 0;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path runner() {
        return app.resolve(RUNNER);
    }
}
