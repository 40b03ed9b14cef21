package fr.hautsdefrance.acte.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last hour before a call closes: {@code N} applicants at once, each filing complete files in a
 * loop (draft, five documents, submission) through the REST API for a while; then, at the same
 * concurrency, the raw single-row insert rate of the same PostgreSQL server. Prints both and their
 * ratio. Run against a running stack ({@code ./acte up}); see benchmarks/run-all.sh.
 */
public final class DeadlineRush {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> DOCUMENTS = List.of("STATUTES", "RIB", "SIRENE_NOTICE", "BUDGET", "LAST_ACCOUNTS");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String app;
    private final String realm;
    private volatile String token;
    private volatile long tokenAt;

    private DeadlineRush(String app, String realm) {
        this.app = app;
        this.realm = realm;
    }

    public static void main(String[] args) throws Exception {
        String app = System.getProperty("app", "http://localhost:8080");
        String realm = System.getProperty("realm", "http://localhost:8180/realms/acte");
        String jdbc = System.getProperty("jdbc", "jdbc:postgresql://localhost:15432/acte_application");
        int clients = Integer.getInteger("clients", 8);
        Duration duration = Duration.ofSeconds(Long.getLong("seconds", 60));
        DeadlineRush rush = new DeadlineRush(app, realm);

        String organisation = rush.organisation();
        // Warm-up: the JIT and the connection pools, not measured.
        rush.run(organisation, clients, Duration.ofSeconds(Long.getLong("warmup", 20)));
        Result files = rush.run(organisation, clients, duration);
        Result inserts = inserts(jdbc, System.getProperty("jdbcUser", "acte_application"),
                System.getProperty("jdbcPassword", "acte-local"), clients, duration);

        double ratio = files.perSecond() / inserts.perSecond();
        System.out.printf("clients: %d, duration: %d s%n", clients, duration.toSeconds());
        System.out.printf("complete files submitted: %d (%.1f/s), errors %d; submit p50 %.1f ms, p99 %.1f ms; "
                        + "whole file (7 requests) p50 %.1f ms, p99 %.1f ms%n",
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
                        String id = draft(organisation);
                        for (String type : DOCUMENTS) {
                            upload(id, type);
                        }
                        long submitStart = System.nanoTime();
                        expect(post("/api/v1/applications/" + id + "/submit", null), 200);
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

    private String organisation() throws Exception {
        return id(expect(post("/api/v1/organisations", """
                {"name":"Ressourcerie de la dernière heure","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                 "siren":"%s","rna":"W621234567","communeCode":"62498"}""".formatted(siren())), 201));
    }

    private String draft(String organisation) throws Exception {
        return id(expect(post("/api/v1/applications", """
                {"organisationId":"%s","title":"Ressourcerie coopérative de Lens-Liévin",
                 "summary":"Collecter, réparer et revendre avec les habitants du territoire.",
                 "project":{"stage":"EMERGENCE","communeCodes":["62498"],"rural":false,"qpv":true,
                            "startDate":"2027-01-15","endDate":"2028-06-30",
                            "partners":[{"name":"Communauté d'agglomération de Lens-Liévin","category":"PUBLIC_AUTHORITY"},
                                        {"name":"Collectif des habitants de la cité 9","category":"INHABITANTS"}]},
                 "expenses":[{"category":"OPERATING","label":"Coordination du projet","amount":42000.00},
                             {"category":"EXTERNAL_SERVICES","label":"Étude de faisabilité","amount":18000.00}],
                 "funding":[{"source":"REGION_ACTE","amount":30000.00},{"source":"EPCI","amount":30000.00}],
                 "requestedAmount":30000.00}""".formatted(organisation)), 201));
    }

    private void upload(String id, String type) throws Exception {
        String boundary = "----acte" + ThreadLocalRandom.current().nextLong();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + type.toLowerCase()
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + PDF.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(PDF, 0, body, head.length, PDF.length);
        System.arraycopy(tail, 0, body, head.length + PDF.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + "/api/v1/applications/" + id + "/documents"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 201);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path))
                .header("Authorization", "Bearer " + token()).timeout(Duration.ofSeconds(60));
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The applicant's token from Keycloak, renewed every minute (it lives five). */
    private synchronized String token() throws Exception {
        if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(1).toNanos()) {
            String form = "grant_type=password&client_id=acte-cli&username=porteur&password=porteur";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = TOKEN.matcher(expect(answer, 200).body());
            if (!matcher.find()) {
                throw new IllegalStateException("no token: " + answer.body());
            }
            token = matcher.group(1);
            tokenAt = System.nanoTime();
        }
        return token;
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static String id(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + response.body());
        }
        return matcher.group(1);
    }

    private static String siren() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    record Result(List<Long> latencies, List<Long> wholeFiles, long errors, long elapsedNanos) {
        long count() {
            return latencies.size();
        }

        double perSecond() {
            return latencies.size() / (elapsedNanos / 1e9);
        }

        double p(int percentile) {
            return percentile(latencies, percentile);
        }

        double fileP(int percentile) {
            return percentile(wholeFiles, percentile);
        }

        private static double percentile(List<Long> values, int percentile) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }
}
