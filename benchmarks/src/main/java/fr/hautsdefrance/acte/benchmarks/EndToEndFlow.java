package fr.hautsdefrance.acte.benchmarks;

import java.net.http.HttpResponse;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A file's way through the platform under an open-loop submission rate: the applicant submits it
 * through the REST API, application-service publishes {@code application.submitted}; from it
 * eligibility-service assesses the file and publishes {@code eligibility.assessed}, which
 * application-service records on the file, while notification-service stores the applicant's in-app
 * notice of receipt. Targets: p99 ≤ 500 ms at 100 submissions/s for 60 s, none lost; at 200/s the
 * platform refuses cleanly what it cannot take (an answer, never a reset or a timeout) and records
 * every file it accepted once the rush is over. A refused submission is a 503 with {@code Retry-After}; the
 * file is submitted again that many seconds later, as a browser told so would, until it is accepted, so
 * "recovers by itself, none lost" means every file offered is accepted in the end and recorded.
 *
 * <p>The complete drafts are prepared first through the API (not measured: this machine cannot file
 * them at the target rate), then submitted at a fixed rate whatever the answers: each submission
 * is sent at its planned time and its latencies run from that time, so a platform that falls
 * behind is charged for the queue it builds (no coordinated omission). Each later step is dated by
 * the row it writes in its service's database, on the same machine's clock. Run against a running
 * stack ({@code ./acte up}).
 *
 * <p>Knobs: {@code -Dfiles} (600), {@code -Drate} per second (10), {@code -Dclients} preparing the
 * drafts (8), {@code -Dsettle} seconds to wait for the last steps (120), {@code -Dattempts} per file at most, the first
 * one included (20), {@code -Dconnections} the submissions are spread over (16, one per HTTP client),
 * {@code -Dapp}, {@code -Drealm}, {@code -Dpostgres} (the server's JDBC URL) and {@code -DjdbcPassword}.
 */
public final class EndToEndFlow {

    /**
     * What notification-service stores for each submitted file. application-service publishes nothing
     * once it has recorded the eligibility result ({@code APPLICATION_ASSESSED} is the officer's
     * instruction, for the managers), so this receipt is the flow's only notice.
     */
    private static final String SUBMITTED_NOTICE = "APPLICATION_SUBMITTED";
    private static final String SUBMITTED_EVENT = "fr.hautsdefrance.acte.application.submitted.v1";
    private static final String ASSESSED_EVENT = "fr.hautsdefrance.acte.eligibility.assessed.v1";
    /** The consumer name under which application-service's inbox records each eligibility result. */
    private static final String ELIGIBILITY_CONSUMER = "eligibility-events";
    /** Lets the scheduler be ready before the first planned send, so it does not start late. */
    private static final Duration SCHEDULING_HEADROOM = Duration.ofMillis(200);

    private EndToEndFlow() {
    }

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("files", 600);
        int rate = Integer.getInteger("rate", 10);
        int clients = Integer.getInteger("clients", 8);
        int attempts = Integer.getInteger("attempts", 20);
        Duration settle = Duration.ofSeconds(Long.getLong("settle", 120));
        Databases databases = new Databases(System.getProperty("postgres", "jdbc:postgresql://localhost:15432/"),
                System.getProperty("jdbcPassword", "acte-local"));
        Portal portal = Portal.fromSystemProperties();

        System.out.printf("date: %s, %d cores, load average at start: %s%n",
                OffsetDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        List<String> drafts = portal.completeDrafts(portal.organisation(), files, clients);

        ScheduledExecutorService tokenRenewal = Executors.newSingleThreadScheduledExecutor(daemon("token-renewal"));
        // Renewed beside the sends, so that no planned send waits for Keycloak.
        tokenRenewal.scheduleAtFixedRate(() -> {
            try {
                portal.renewToken();
            } catch (Exception e) {
                System.err.println("token renewal failed, the current one is kept: " + e);
            }
        }, 0, 30, TimeUnit.SECONDS);
        List<Submission> submissions = submitAtRate(portal, drafts, rate, attempts);
        // Not shutdownNow: a renewal under way would be interrupted for nothing.
        tokenRenewal.shutdown();

        List<Submission> accepted = submissions.stream().filter(Submission::accepted).toList();
        long settleStart = System.nanoTime();
        Steps steps = databases.awaitSteps(accepted.stream().map(Submission::applicationId).toList(), settle);
        Duration settledIn = Duration.ofNanos(System.nanoTime() - settleStart);

        print(rate, submissions, accepted, steps, settledIn);
        System.out.printf("load average at end: %s%n", Machine.loadAverage());
    }

    /**
     * Sends the i-th submission at {@code start + i / rate} from one scheduler thread, without waiting
     * for any answer, spread over {@code -Dconnections} HTTP clients as many applicants' browsers would
     * be. A 503 is sent again after its {@code Retry-After} (1 s without one), up to {@code attempts} sends
     * in all.
     */
    private static List<Submission> submitAtRate(Portal portal, List<String> drafts, int rate, int attempts) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("submission-scheduler"));
        Instant wallAtStart = Instant.now();
        long nanosAtStart = System.nanoTime();
        long firstSend = nanosAtStart + SCHEDULING_HEADROOM.toNanos();
        List<CompletableFuture<Submission>> pending = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            String id = drafts.get(i);
            // From the first send, not from the previous one: rounding errors do not add up.
            long planned = firstSend + Math.round(i * 1e9 / rate);
            Instant plannedAt = wallAtStart.plusNanos(planned - nanosAtStart);
            CompletableFuture<Submission> submission = new CompletableFuture<>();
            pending.add(submission);
            Submission first = new Submission(UUID.fromString(id), plannedAt, planned, 0, 0, "", 0, "", 0, 0, 0);
            scheduler.schedule(() -> send(portal, scheduler, first, attempts, submission),
                    planned - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        List<Submission> submissions = pending.stream().map(CompletableFuture::join).toList();
        scheduler.shutdown();
        return submissions;
    }

    /** One send of a submission; a 503 schedules the next one after its {@code Retry-After}. */
    private static void send(Portal portal, ScheduledExecutorService scheduler, Submission before, int attempts,
            CompletableFuture<Submission> done) {
        long sent = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer;
        try {
            answer = portal.submitAsync(before.applicationId().toString());
        } catch (Exception e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((response, failure) -> {
            String retryAfter = response == null ? null : response.headers().firstValue("Retry-After").orElse(null);
            Submission now = before.answered(sent, System.nanoTime(), outcome(response, failure), retryAfter);
            if (now.outcome().equals("503") && now.attempts() < attempts) {
                scheduler.schedule(() -> send(portal, scheduler, now, attempts, done), retryAfterSeconds(retryAfter),
                        TimeUnit.SECONDS);
            } else {
                done.complete(now);
            }
        });
    }

    /** The seconds a 503 asked to wait; 1 when it said none, or nothing a number. */
    private static long retryAfterSeconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter == null ? "1" : retryAfter.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String outcome(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return cause.getClass().getSimpleName();
        }
        return String.valueOf(response.statusCode());
    }

    private static void print(int rate, List<Submission> submissions, List<Submission> accepted, Steps steps,
            Duration settledIn) {
        long firstPlanned = submissions.stream().mapToLong(Submission::plannedNanos).min().orElse(0);
        long lastSent = submissions.stream().mapToLong(Submission::sentNanos).max().orElse(0);
        long firstSent = submissions.stream().mapToLong(Submission::sentNanos).min().orElse(0);
        long lastAnswer = submissions.stream().mapToLong(Submission::answeredNanos).max().orElse(0);
        long maxLag = submissions.stream().mapToLong(s -> s.sentNanos() - s.plannedNanos()).max().orElse(0);
        System.out.printf("offered: %d /s; sent %d in %.1f s = %.1f /s (latest send %.1f ms after its planned "
                        + "time); answered by %.1f s = %.1f /s%n",
                rate, submissions.size(), (lastSent - firstSent) / 1e9,
                (submissions.size() - 1) / ((lastSent - firstSent) / 1e9), maxLag / 1e6,
                (lastAnswer - firstPlanned) / 1e9, submissions.size() / ((lastAnswer - firstPlanned) / 1e9));
        Map<String, Long> statuses = submissions.stream()
                .collect(Collectors.groupingBy(Submission::outcome, TreeMap::new, Collectors.counting()));
        Map<String, Long> firstStatuses = submissions.stream()
                .collect(Collectors.groupingBy(Submission::firstOutcome, TreeMap::new, Collectors.counting()));
        System.out.printf("submit statuses, first send: %s; in the end: %s%n", firstStatuses, statuses);
        List<Submission> refused = submissions.stream().filter(s -> s.refusals() > 0).toList();
        long refusals = submissions.stream().mapToLong(Submission::refusals).sum();
        long withoutRetryAfter = submissions.stream().mapToLong(Submission::refusalsWithoutRetryAfter).sum();
        long refusedAccepted = refused.stream().filter(Submission::accepted).count();
        System.out.printf("refused at least once: %d files (%d refusals, %d without Retry-After, at most %d sends "
                        + "for one file); accepted after sending again: %d of %d%n",
                refused.size(), refusals, withoutRetryAfter,
                submissions.stream().mapToInt(Submission::attempts).max().orElse(0), refusedAccepted, refused.size());
        latencies("first answer, whatever it said", submissions, s -> s.firstAnsweredNanos() - s.plannedNanos());
        latencies("first answer of the refused (503)", refused, s -> s.firstAnsweredNanos() - s.plannedNanos());

        latencies("submit (HTTP answer accepting it)", accepted, s -> s.answeredNanos() - s.plannedNanos());
        latencies("submit → application.submitted on Kafka", accepted, s -> since(s, steps.submittedRelayed()));
        latencies("submit → assessed (eligibility-service)", accepted, s -> since(s, steps.assessed()));
        latencies("submit → eligibility.assessed on Kafka", accepted, s -> since(s, steps.assessedRelayed()));
        latencies("submit → recorded on the file (application-service)", accepted, s -> since(s, steps.recorded()));
        latencies("submit → notice stored (notification-service)", accepted, s -> since(s, steps.noticed()));
        List<Long> endToEnd = latencies("submit → both done (recorded and notice)", accepted, s -> {
            Long recorded = since(s, steps.recorded());
            Long noticed = since(s, steps.noticed());
            return recorded == null || noticed == null ? null : Math.max(recorded, noticed);
        });

        Set<UUID> assessed = steps.assessed().keySet();
        Set<UUID> noticed = steps.noticed().keySet();
        long lost = accepted.stream().filter(s -> !noticed.contains(s.applicationId())).count();
        long assessedWithoutNotice = accepted.stream()
                .filter(s -> assessed.contains(s.applicationId()) && !noticed.contains(s.applicationId())).count();
        long notAssessed = accepted.stream().filter(s -> !assessed.contains(s.applicationId())).count();
        long notRecorded = accepted.stream().filter(s -> !steps.recorded().containsKey(s.applicationId())).count();
        System.out.printf("accepted %d; after %.1f s of settling: lost (no notice) %d, assessed but no notice %d, "
                        + "not assessed %d, not recorded on the file %d%n",
                accepted.size(), settledIn.toMillis() / 1e3, lost, assessedWithoutNotice, notAssessed, notRecorded);
        double p99 = Percentiles.millis(endToEnd, 99);
        boolean met = submissions.size() == accepted.size() && lost == 0 && notRecorded == 0 && p99 <= 500;
        System.out.printf("target at 100 /s for 60 s: p99 <= 500 ms, none lost: at %d /s for %.0f s, "
                        + "end-to-end p99 %.1f ms, %d not accepted, %d lost: %s%n",
                rate, (lastSent - firstPlanned) / 1e9, p99, submissions.size() - accepted.size(), lost,
                met ? "met at this rate" : "missed at this rate");
        // A 503 with Retry-After is a clean refusal; a reset, a timeout or another 5xx is not. Recovering by itself:
        // every file refused is accepted once sent again after its Retry-After, and none is lost.
        long unanswered = submissions.stream().filter(s -> !s.outcome().matches("\\d{3}")).count();
        long serverErrors = submissions.stream().filter(s -> s.outcome().matches("5\\d\\d") && !"503".equals(s.outcome()))
                .count();
        long neverAccepted = submissions.size() - accepted.size();
        boolean clean = unanswered == 0 && serverErrors == 0 && withoutRetryAfter == 0 && neverAccepted == 0
                && notRecorded == 0 && lost == 0;
        System.out.printf("target at 200 /s: every submission answered (accepted, or 503 with Retry-After and accepted "
                        + "when sent again), every file recorded and noticed afterwards: at %d /s, %d unanswered (reset or "
                        + "timeout), %d other 5xx, %d 503 without Retry-After, %d never accepted, %d accepted not recorded, "
                        + "%d lost: %s%n",
                rate, unanswered, serverErrors, withoutRetryAfter, neverAccepted, notRecorded, lost,
                clean ? "clean at this rate" : "not clean at this rate");
    }

    /** Nanoseconds from the planned send to the step's timestamp; null when the step has not happened. */
    private static Long since(Submission submission, Map<UUID, Instant> step) {
        Instant at = step.get(submission.applicationId());
        return at == null ? null : Duration.between(submission.plannedAt(), at).toNanos();
    }

    /** Prints the percentiles of one step's latency over the submissions that reached it; returns them. */
    private static List<Long> latencies(String label, List<Submission> submissions,
            Function<Submission, Long> latency) {
        List<Long> nanos = submissions.stream().map(latency).filter(Objects::nonNull).toList();
        System.out.printf("%-52s p50 %8.1f ms, p99 %8.1f ms, max %8.1f ms (%d)%n", label + ":",
                Percentiles.millis(nanos, 50), Percentiles.millis(nanos, 99), Percentiles.millis(nanos, 100),
                nanos.size());
        return nanos;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * One file's submission as the applicant saw it, over its sends: the first one's answer, the last one's
     * (the outcome), how many sends and how many 503 (with or without Retry-After). The nanos are
     * {@link System#nanoTime()}.
     */
    private record Submission(UUID applicationId, Instant plannedAt, long plannedNanos, long sentNanos,
            long firstAnsweredNanos, String firstOutcome, long answeredNanos, String outcome, int attempts,
            int refusals, int refusalsWithoutRetryAfter) {
        boolean accepted() {
            return outcome.equals("200");
        }

        Submission answered(long sent, long answered, String status, String retryAfter) {
            boolean first = attempts == 0;
            boolean refusal = status.equals("503");
            return new Submission(applicationId, plannedAt, plannedNanos, first ? sent : sentNanos,
                    first ? answered : firstAnsweredNanos, first ? status : firstOutcome, answered, status,
                    attempts + 1, refusals + (refusal ? 1 : 0),
                    refusalsWithoutRetryAfter + (refusal && retryAfter == null ? 1 : 0));
        }
    }

    /** When each application reached each step, as the services' own rows date it. */
    private record Steps(Map<UUID, Instant> submittedRelayed, Map<UUID, Instant> assessed,
            Map<UUID, Instant> assessedRelayed, Map<UUID, Instant> recorded, Map<UUID, Instant> noticed) {

        boolean completeFor(int applications) {
            return assessed.size() == applications && recorded.size() == applications
                    && noticed.size() == applications;
        }
    }

    /** The services' databases on the stack's PostgreSQL: {@code acte_<service>}, each with its own user. */
    private record Databases(String server, String password) {

        /** Reads the steps every second until every application has gone through them all, or {@code settle} has passed. */
        Steps awaitSteps(List<UUID> applications, Duration settle) throws Exception {
            long deadline = System.nanoTime() + settle.toNanos();
            try (Connection application = connect("acte_application");
                    Connection eligibility = connect("acte_eligibility");
                    Connection notification = connect("acte_notification")) {
                while (true) {
                    Steps steps = read(applications, application, eligibility, notification);
                    if (steps.completeFor(applications.size()) || System.nanoTime() > deadline) {
                        return steps;
                    }
                    Thread.sleep(1000);
                }
            }
        }

        private Connection connect(String database) throws Exception {
            return DriverManager.getConnection(server + database, database, password);
        }

        private static Steps read(List<UUID> applications, Connection application, Connection eligibility,
                Connection notification) throws Exception {
            Object[] ids = applications.toArray();
            Object[] aggregateIds = applications.stream().map(UUID::toString).toArray();
            Map<UUID, Instant> submittedRelayed = timestamps(application,
                    "select aggregate_id, published_at from outbox_event where event_type = '" + SUBMITTED_EVENT
                            + "' and aggregate_id = any(?) and published_at is not null",
                    statement -> statement.setArray(1, application.createArrayOf("varchar", aggregateIds)));
            Map<UUID, Instant> assessed = timestamps(eligibility,
                    "select application_id, min(assessed_at) from assessment where application_id = any(?) group by 1",
                    statement -> statement.setArray(1, eligibility.createArrayOf("uuid", ids)));
            // The event's id is what application-service's inbox knows the result by.
            Map<UUID, UUID> assessedEvents = new HashMap<>();
            Map<UUID, Instant> assessedRelayed = new HashMap<>();
            try (PreparedStatement statement = eligibility.prepareStatement(
                    "select aggregate_id, event_id, published_at from outbox_event where event_type = '"
                            + ASSESSED_EVENT + "' and aggregate_id = any(?)")) {
                statement.setArray(1, eligibility.createArrayOf("varchar", aggregateIds));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID applicationId = UUID.fromString(rows.getString(1));
                        assessedEvents.put(rows.getObject(2, UUID.class), applicationId);
                        OffsetDateTime published = rows.getObject(3, OffsetDateTime.class);
                        if (published != null) {
                            assessedRelayed.merge(applicationId, published.toInstant(), EndToEndFlow::earliest);
                        }
                    }
                }
            }
            Map<UUID, Instant> recorded = new HashMap<>();
            try (PreparedStatement statement = application.prepareStatement(
                    "select event_id, processed_at from processed_event where consumer = ? and event_id = any(?)")) {
                statement.setString(1, ELIGIBILITY_CONSUMER);
                statement.setArray(2, application.createArrayOf("varchar",
                        assessedEvents.keySet().stream().map(UUID::toString).toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        recorded.merge(assessedEvents.get(UUID.fromString(rows.getString(1))),
                                rows.getObject(2, OffsetDateTime.class).toInstant(), EndToEndFlow::earliest);
                    }
                }
            }
            // One notice per recipient: the first one stored tells when the flow reached the applicant.
            Map<UUID, Instant> noticed = timestamps(notification,
                    "select application_id, min(created_at) from notification where kind = '" + SUBMITTED_NOTICE
                            + "' and application_id = any(?) group by 1",
                    statement -> statement.setArray(1, notification.createArrayOf("uuid", ids)));
            return new Steps(submittedRelayed, assessed, assessedRelayed, recorded, noticed);
        }

        /** Rows of (application id, timestamp), the earliest per application. */
        private static Map<UUID, Instant> timestamps(Connection connection, String query, Binding binding)
                throws Exception {
            Map<UUID, Instant> timestamps = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                binding.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        timestamps.merge(UUID.fromString(rows.getString(1)),
                                rows.getObject(2, OffsetDateTime.class).toInstant(), EndToEndFlow::earliest);
                    }
                }
            }
            return timestamps;
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement statement) throws Exception;
    }
}
