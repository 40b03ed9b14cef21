package fr.hautsdefrance.acte.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last hour before a call closes: {@code N} applicants at once, each filing complete files in a
 * loop (draft, the five documents in one request, submission) through the REST API for a while.
 * Prints the files per second, the submission's latency and the whole file's. What the submission
 * alone costs against the database's own work is {@link DepositRatio}'s measure. Run against a
 * running stack ({@code ./acte up}); see benchmarks/run-all.sh.
 */
public final class DeadlineRush {

    private final Portal portal;

    private DeadlineRush(Portal portal) {
        this.portal = portal;
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 8);
        Duration duration = Duration.ofSeconds(Long.getLong("seconds", 60));
        DeadlineRush rush = new DeadlineRush(Portal.fromSystemProperties());

        System.out.printf("load average at start: %s%n", Machine.loadAverage());
        String organisation = rush.portal.organisation();
        // Warm-up: the JIT and the connection pools, not measured.
        rush.run(organisation, clients, Duration.ofSeconds(Long.getLong("warmup", 20)));
        Result files = rush.run(organisation, clients, duration);
        System.out.printf("clients: %d, duration: %d s%n", clients, duration.toSeconds());
        System.out.printf("complete files submitted: %d (%.1f/s), errors %d; submit p50 %.1f ms, p99 %.1f ms; "
                        + "whole file (3 requests) p50 %.1f ms, p99 %.1f ms%n",
                files.count(), files.perSecond(), files.errors(), files.p(50), files.p(99), files.fileP(50), files.fileP(99));
        System.out.println("target: >= 100 complete files/s, submit p99 <= 100 ms, 0 errors");
        System.out.printf("load average at end: %s%n", Machine.loadAverage());
    }

    private Result run(String organisation, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Long> submits = Collections.synchronizedList(new ArrayList<>());
        List<Long> wholeFiles = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        long fileStart = System.nanoTime();
                        String id = portal.completeDraft(organisation);
                        long submitStart = System.nanoTime();
                        portal.submit(id);
                        long done = System.nanoTime();
                        submits.add(done - submitStart);
                        wholeFiles.add(done - fileStart);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new Result(submits, wholeFiles, errors.get(), System.nanoTime() - start);
    }

    record Result(List<Long> latencies, List<Long> wholeFiles, long errors, long elapsedNanos) {
        long count() {
            return latencies.size();
        }

        double perSecond() {
            return latencies.size() / (elapsedNanos / 1e9);
        }

        double p(int percentile) {
            return Percentiles.millis(latencies, percentile);
        }

        double fileP(int percentile) {
            return Percentiles.millis(wholeFiles, percentile);
        }
    }
}
