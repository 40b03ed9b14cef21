package fr.hautsdefrance.acte.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** The state of the machine a benchmark runs on, printed beside its figures. */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages: on a shared machine, what the figures must be read with. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
