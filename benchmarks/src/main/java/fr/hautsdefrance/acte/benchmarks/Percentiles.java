package fr.hautsdefrance.acte.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Latencies recorded in nanoseconds, read out in milliseconds. */
final class Percentiles {

    private Percentiles() {
    }

    /** Nearest rank: the smallest value at or above which {@code percentile} % of the values lie; NaN if none. */
    static double millis(Collection<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
