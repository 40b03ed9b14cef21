package fr.hautsdefrance.acte.application.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Frictionless Data Table Schema library ({@code tableschema} on npm, its reference implementation),
 * run by Node.js on a CSV file: installed once per build under target/, from the lock file in
 * src/test/tableschema. Without Node.js the tests that need it are skipped, saying why; CI installs it
 * and requires them ({@code -Dacte.node.required=true}).
 */
final class TableSchemaValidator {

    private static final Path SOURCES = Path.of("src/test/tableschema");
    private static final Path INSTALLED = Path.of("target/tableschema");

    record Result(int rows, List<String> errors) {
    }

    private TableSchemaValidator() {
    }

    static Result validate(Path schema, Path csv) {
        install();
        String output = run(INSTALLED, "node", "validate.js", schema.toAbsolutePath().toString(),
                csv.toAbsolutePath().toString());
        try {
            JsonNode result = new ObjectMapper().readTree(output);
            List<String> errors = new ArrayList<>();
            result.path("errors").forEach(e -> errors.add(e.asText()));
            return new Result(result.path("rows").asInt(), errors);
        } catch (IOException e) {
            throw new IllegalStateException("The validator answered something else than its report: " + output, e);
        }
    }

    private static synchronized void install() {
        if (!available("node") || !available("npm")) {
            String missing = "Node.js and npm are needed to validate the open-data file against its Table Schema: "
                    + "install them (apt-get install nodejs npm)";
            if (Boolean.getBoolean("acte.node.required") || System.getenv("CI") != null) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
        if (Files.isDirectory(INSTALLED.resolve("node_modules/tableschema"))) {
            return;
        }
        try {
            Files.createDirectories(INSTALLED);
            for (String file : List.of("package.json", "package-lock.json", "validate.js")) {
                Files.copy(SOURCES.resolve(file), INSTALLED.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(INSTALLED, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    }

    private static boolean available(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || (process.exitValue() != 0 && !command[0].equals("node"))) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
