package fr.hautsdefrance.acte.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last hour before a call closes: {@code N} applicants at once, each filing complete files in a
 * loop (draft, the five documents in one request, submission) through the REST API for a while;
 * then, at the same concurrency, the raw single-row insert rate of the same PostgreSQL server. Prints both and their
 * ratio. Run against a running stack ({@code ./acte up}); see benchmarks/run-all.sh.
 */
public final class DeadlineRush {

    private final Portal portal;

    private DeadlineRush(Portal portal) {
        this.portal = portal;
    }

    public static void main(String[] args) throws Exception {
        String jdbc = System.getProperty("jdbc", "jdbc:postgresql://localhost:15432/acte_application");
        int clients = Integer.getInteger("clients", 8);
        Duration duration = Duration.ofSeconds(Long.getLong("seconds", 60));
        DeadlineRush rush = new DeadlineRush(Portal.fromSystemProperties());

        String organisation = rush.portal.organisation();
        // Warm-up: the JIT and the connection pools, not measured.
        rush.run(organisation, clients, Duration.ofSeconds(Long.getLong("warmup", 20)));
        Result files = rush.run(organisation, clients, duration);
        Result inserts = inserts(jdbc, System.getProperty("jdbcUser", "acte_application"),
                System.getProperty("jdbcPassword", "acte-local"), clients, duration);

        double ratio = files.perSecond() / inserts.perSecond();
        System.out.printf("clients: %d, duration: %d s%n", clients, duration.toSeconds());
        System.out.printf("complete files submitted: %d (%.1f/s), errors %d; submit p50 %.1f ms, p99 %.1f ms; "
                        + "whole file (3 requests) p50 %.1f ms, p99 %.1f ms%n",
                files.count(), files.perSecond(), files.errors(), files.p(50), files.p(99), files.fileP(50), files.fileP(99));
        System.out.printf("PostgreSQL single-row inserts: %d (%.0f/s), p50 %.2f ms, p99 %.2f ms%n",
                inserts.count(), inserts.perSecond(), inserts.p(50), inserts.p(99));
        System.out.printf("ratio submissions / inserts: %.4f (target >= 0.5)%n", ratio);
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

    private static Result inserts(String url, String user, String password, int clients, Duration duration)
            throws Exception {
        try (Connection setup = DriverManager.getConnection(url, user, password);
                Statement statement = setup.createStatement()) {
            statement.execute("drop table if exists benchmark_insert");
            statement.execute("create table benchmark_insert (id bigint generated always as identity primary key, "
                    + "payload text not null, created_at timestamptz not null default now())");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into benchmark_insert (payload) values (?)")) {
                    // Autocommit: one transaction, one synchronous commit per row, as a submission commits.
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        insert.setString(1, "dossier " + ThreadLocalRandom.current().nextInt());
                        insert.executeUpdate();
                        latencies.add(System.nanoTime() - t);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        long elapsed = System.nanoTime() - start;
        try (Connection setup = DriverManager.getConnection(url, user, password);
                Statement statement = setup.createStatement()) {
            statement.execute("drop table benchmark_insert");
        }
        return new Result(latencies, latencies, 0, elapsed);
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
