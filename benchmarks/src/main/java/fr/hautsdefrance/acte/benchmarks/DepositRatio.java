package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.benchmarks.SubmitTransaction.Submitted;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The deposit ratio: the submission ({@code POST /api/v1/applications/{id}/submit}) against the same
 * SQL transaction replayed through plain JDBC, at the same concurrency, in the same run. Target: the
 * submissions per second at least half the transactions per second.
 *
 * <ol>
 *   <li>Complete drafts are prepared through the API, as the deadline rush files them (not measured).</li>
 *   <li>Three of them are submitted one after the other while PostgreSQL logs every statement
 *   ({@link StatementLog}); the transaction of each is taken from the log and the last two compared
 *   ({@link SubmitTransaction}). The statements replayed are thus those the running service issues,
 *   captured anew at each run: the benchmark cannot drift from the code.</li>
 *   <li>{@code clients} applicants submit drafts at once, {@code warmup} drafts first (not measured), then
 *   for {@code seconds} or until the drafts prepared for this step run out; only the submission is timed.</li>
 *   <li>{@code clients} JDBC connections replay the captured transaction on other drafts, one transaction
 *   per draft, the same way: warm-up, then timed from the first statement to the commit.</li>
 * </ol>
 *
 * <p>Run against a running stack ({@code ./acte up}); see benchmarks/run-all.sh. Knobs: {@code -Dclients}
 * (8), {@code -Dseconds} (60), {@code -Ddrafts} for the submissions (2,400), {@code -DreplayDrafts} for the
 * replay (as many), {@code -Dwarmup} drafts before each measure (100),
 * {@code -Dapp}, {@code -Drealm}, {@code -Dpostgres} (the server's JDBC URL), {@code -DjdbcPassword}.
 */
public final class DepositRatio {

    private static final String DATABASE = "acte_application";
    private static final double TARGET = 0.5;
    /**
     * Submissions captured one after the other; the last two are compared and the last replayed. The first
     * may pay once for what a connection keeps afterwards (pgjdbc's prepared statements, its metadata).
     */
    private static final int CAPTURED = 3;

    private DepositRatio() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 8);
        Duration duration = Duration.ofSeconds(Long.getLong("seconds", 60));
        int drafts = Integer.getInteger("drafts", 2400);
        // The replay runs faster than the submissions: on a quiet machine it needs more drafts to last as long.
        int replayDrafts = Integer.getInteger("replayDrafts", drafts);
        int warmup = Integer.getInteger("warmup", 100);
        String postgres = System.getProperty("postgres", "jdbc:postgresql://localhost:15432/");
        String password = System.getProperty("jdbcPassword", "acte-local");
        Portal portal = Portal.fromSystemProperties();

        System.out.printf("date: %s, %d cores, load average at start: %s%n",
                OffsetDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        String organisation = portal.organisation();
        int wanted = CAPTURED + warmup + drafts + warmup + replayDrafts;
        List<String> prepared = portal.completeDrafts(organisation, wanted, clients);
        if (prepared.size() < wanted) {
            throw new IllegalStateException(prepared.size() + " drafts prepared of " + wanted + ": see the errors above");
        }
        // Those to capture, then for each measure a warm-up and the drafts it may use.
        List<String> forApi = prepared.subList(CAPTURED, CAPTURED + warmup + drafts);
        List<String> forJdbc = prepared.subList(CAPTURED + warmup + drafts, wanted);

        try (Connection superuser = DriverManager.getConnection(postgres + "postgres", "postgres", password);
                Connection application = DriverManager.getConnection(postgres + DATABASE, DATABASE, password)) {
            Map<String, String> references = references(application, prepared);
            StatementLog log = StatementLog.start(superuser);
            List<Submitted> captured = new ArrayList<>();
            List<StatementLog.LoggedStatement> logged;
            try {
                for (String draft : prepared.subList(0, CAPTURED)) {
                    Instant sent = Instant.now();
                    portal.submit(draft);
                    captured.add(new Submitted(draft, references.get(draft), sent, Instant.now()));
                }
            } finally {
                logged = log.stop();
            }
            SubmitTransaction transaction = SubmitTransaction.of(logged, DATABASE, captured.get(CAPTURED - 2),
                    captured.get(CAPTURED - 1));
            System.out.printf("the submission's transaction, captured from PostgreSQL's log (the same in the last two "
                    + "of %d submissions captured): %d statements%n%s%n", CAPTURED, transaction.statements(),
                    transaction.summary());

            Result api = submissions(portal, forApi, warmup, clients, duration);
            Result jdbc = replays(transaction, forJdbc, references, warmup, clients, duration,
                    postgres + DATABASE, password);

            System.out.printf("clients: %d, at most %d s per measure, %d warm-up drafts each%n", clients,
                    duration.toSeconds(), warmup);
            print("submit (REST API)", api);
            print("same SQL transaction (JDBC)", jdbc);
            if (api.errors() > 0 || jdbc.errors() > 0 || jdbc.latencies().isEmpty()) {
                System.out.printf("deposit ratio: not measured, errors above (target >= %.1f)%n", TARGET);
            } else {
                double ratio = api.perSecond() / jdbc.perSecond();
                System.out.printf("deposit ratio: %.3f (target >= %.1f%s)%n", ratio, TARGET,
                        ratio >= TARGET ? ", met" : ", missed");
            }
        }
        System.out.printf("load average at end: %s%n", Machine.loadAverage());
    }

    /** Each draft's reference, which the captured transaction's event carries and the replay replaces. */
    private static Map<String, String> references(Connection application, List<String> drafts) throws Exception {
        Map<String, String> references = new HashMap<>();
        try (PreparedStatement select = application.prepareStatement(
                "select id::text, reference from application where id = any (?::uuid[])")) {
            select.setArray(1, application.createArrayOf("text", drafts.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    references.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return references;
    }

    private static Result submissions(Portal portal, List<String> drafts, int warmup, int clients,
            Duration duration) throws Exception {
        Work submit = portal::submit;
        run(drafts.subList(0, warmup), clients, Duration.ofDays(1), submit);
        return run(drafts.subList(warmup, drafts.size()), clients, duration, submit);
    }

    private static Result replays(SubmitTransaction transaction, List<String> drafts, Map<String, String> references,
            int warmup, int clients, Duration duration, String url, String password) throws Exception {
        // One connection per client, as each client of the service holds one for its transaction.
        Queue<Connection> connections = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < clients; i++) {
            Connection connection = DriverManager.getConnection(url, DATABASE, password);
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        ThreadLocal<Connection> own = ThreadLocal.withInitial(connections::remove);
        try {
            Work replay = new Work() {
                private final ThreadLocal<List<List<String>>> parameters = new ThreadLocal<>();

                @Override
                public void prepare(String draft) {
                    parameters.set(transaction.parametersFor(draft, references.get(draft)));
                }

                @Override
                public void run(String draft) throws Exception {
                    transaction.replay(own.get(), parameters.get());
                }
            };
            // Each client keeps its connection from the warm-up to the measure: same threads, same pool size.
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                run(drafts.subList(0, warmup), pool, clients, Duration.ofDays(1), replay);
                return run(drafts.subList(warmup, drafts.size()), pool, clients, duration, replay);
            } finally {
                pool.shutdown();
            }
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** One submission of a draft, by the API or by JDBC; {@link #prepare} is not timed. */
    private interface Work {
        default void prepare(String draft) {
        }

        void run(String draft) throws Exception;
    }

    private static Result run(List<String> drafts, int clients, Duration duration, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            return run(drafts, pool, clients, duration, work);
        } finally {
            pool.shutdown();
        }
    }

    /** {@code clients} at once take the next draft until {@code duration} is over or none is left. */
    private static Result run(List<String> drafts, ExecutorService pool, int clients, Duration duration, Work work)
            throws Exception {
        Queue<String> queue = new ConcurrentLinkedQueue<>(drafts);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                String draft;
                while (System.nanoTime() < end && (draft = queue.poll()) != null) {
                    try {
                        work.prepare(draft);
                        long t = System.nanoTime();
                        work.run(draft);
                        latencies.add(System.nanoTime() - t);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return new Result(latencies, errors.get(), firstError.get(), System.nanoTime() - start, queue.isEmpty());
    }

    private static void print(String label, Result result) {
        System.out.printf("%-28s %6d in %5.1f s%s = %8.1f /s, p50 %7.2f ms, p99 %7.2f ms, errors %d%s%n", label + ":",
                result.latencies().size(), result.elapsedNanos() / 1e9, result.ranOut() ? " (drafts ran out)" : "",
                result.perSecond(), Percentiles.millis(result.latencies(), 50), Percentiles.millis(result.latencies(), 99),
                result.errors(), result.firstError() == null ? "" : " (first: " + result.firstError() + ")");
    }

    private record Result(List<Long> latencies, long errors, Exception firstError, long elapsedNanos, boolean ranOut) {
        double perSecond() {
            return latencies.size() / (elapsedNanos / 1e9);
        }
    }
}
