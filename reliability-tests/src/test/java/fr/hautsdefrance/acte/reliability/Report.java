package fr.hautsdefrance.acte.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * What each case tried and saw, appended to target/reliability-report.md: the counts that
 * docs/reliability.md quotes come from this file, never from memory.
 */
final class Report {

    /** Each test run writes a fresh report; the cases of one run append to it. */
    private static boolean started;

    private Report() {
    }

    static synchronized void record(String scenario, String outcome) {
        String line = "| " + scenario + " | " + outcome + " | " + OffsetDateTime.now().withNano(0) + " |\n";
        System.out.print("[reliability] " + line);
        String target = System.getProperty("acte.reliability.report");
        if (target == null) {
            return;
        }
        try {
            Path file = Path.of(target);
            Files.createDirectories(file.getParent());
            if (!started || !Files.exists(file)) {
                started = true;
                Files.writeString(file, "| case | outcome | at |\n|---|---|---|\n");
            }
            Files.writeString(file, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
