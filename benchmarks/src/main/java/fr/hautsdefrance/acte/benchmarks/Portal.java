package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.stack.Sirens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The applicant's side of the REST API as the load benchmarks drive it: the {@code porteur} account
 * of the local realm, an organisation, complete draft files (full project and budget, the five
 * required documents) and their submission. Thread-safe: one instance serves every simulated applicant.
 */
final class Portal {

    static final List<String> REQUIRED_DOCUMENTS = List.of("STATUTES", "RIB", "SIRENE_NOTICE", "BUDGET",
            "LAST_ACCOUNTS");

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Keycloak's tokens live five minutes; renewing after one leaves a wide margin. */
    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = client();
    /**
     * The open-loop submissions' clients, one connection each: many applicants are many browsers, whereas one
     * client carries every request on one HTTP/2 connection, at most 100 at a time. Made at the first such
     * submission: each client runs a thread of its own.
     */
    private List<HttpClient> submitters;
    private final AtomicLong nextSubmitter = new AtomicLong();
    private final String app;
    private final String realm;
    private final String account;
    private volatile Token token;

    Portal(String app, String realm, String account) {
        this.app = app;
        this.realm = realm;
        this.account = account;
    }

    /** The applicant {@code porteur}, against the local stack unless {@code -Dapp} and {@code -Drealm} say otherwise. */
    static Portal fromSystemProperties() {
        return as("porteur");
    }

    /** Another account of the local realm (its password is its name there). */
    static Portal as(String account) {
        return new Portal(System.getProperty("app", "http://localhost:8080"),
                System.getProperty("realm", "http://localhost:8180/realms/acte"), account);
    }

    /** A GET answered 200, its body read and dropped; returns its size in bytes. */
    long read(String path) throws Exception {
        HttpResponse<byte[]> answer = http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return answer.body().length;
    }

    /** The lines of a CSV the path answers, its header left out. */
    long csvRows(String path) throws Exception {
        HttpResponse<String> answer = http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return Math.max(0, answer.body().lines().count() - 1);
    }

    /** An organisation of the applicant's, verified by the officer ({@code instructeur}) so its files may be deposited. */
    String organisation() throws Exception {
        String organisation = id(expect(post("/api/v1/organisations", """
                {"name":"Ressourcerie de la dernière heure","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                 "siren":"%s","rna":"W621234567","communeCode":"62498"}""".formatted(Sirens.random())), 201));
        String claim = id(expect(http.send(authorised("/api/v1/organisations/" + organisation + "/claim").GET().build(),
                HttpResponse.BodyHandlers.ofString()), 200));
        expect(http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/organisation-claims/" + claim + "/verification"))
                .header("Authorization", "Bearer " + tokenOf("instructeur")).timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()), 200);
        return organisation;
    }

    /**
     * A draft that can be submitted as it is: full project and budget, then the five required documents
     * joined in one request (one audit entry for the group).
     */
    String completeDraft(String organisation) throws Exception {
        String id = draft(organisation);
        uploadAll(id);
        return id;
    }

    /**
     * {@code count} complete drafts, filed by {@code clients} applicants at once (not measured: the
     * benchmarks that submit them time the submissions alone); prints how long they took.
     */
    List<String> completeDrafts(String organisation, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<String> drafts = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            pool.execute(() -> {
                try {
                    drafts.add(completeDraft(organisation));
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("preparation: %d complete drafts by %d applicants in %.1f s (%.1f /s), %d errors%s%n",
                drafts.size(), clients, seconds, drafts.size() / seconds, errors.get(),
                firstError.get() == null ? "" : " (first: " + firstError.get() + ")");
        return new ArrayList<>(drafts);
    }

    void submit(String id) throws Exception {
        expect(http.send(submission(id), HttpResponse.BodyHandlers.ofString()), 200);
    }

    /**
     * Sends the submission without waiting for its answer, whatever the status, on the next of the
     * {@code -Dconnections} submitters in turn.
     */
    CompletableFuture<HttpResponse<String>> submitAsync(String id) throws Exception {
        List<HttpClient> clients = submitters();
        HttpClient submitter = clients.get((int) (nextSubmitter.getAndIncrement() % clients.size()));
        return submitter.sendAsync(submission(id), HttpResponse.BodyHandlers.ofString());
    }

    private synchronized List<HttpClient> submitters() {
        if (submitters == null) {
            submitters = Stream.generate(Portal::client).limit(Integer.getInteger("connections", 16)).toList();
        }
        return submitters;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpRequest submission(String id) throws Exception {
        return authorised("/api/v1/applications/" + id + "/submit").POST(HttpRequest.BodyPublishers.noBody()).build();
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
                 "requestedAmount":30000.00,"deMinimisCertified":true}""".formatted(organisation)), 201));
    }

    private void uploadAll(String id) throws Exception {
        String boundary = "----acte" + ThreadLocalRandom.current().nextLong();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String type : REQUIRED_DOCUMENTS) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + type.toLowerCase() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(PDF);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + "/api/v1/applications/" + id + "/documents/batch"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 201);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest request = authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String path) throws Exception {
        return HttpRequest.newBuilder(URI.create(app + path)).header("Authorization", "Bearer " + token())
                .timeout(REQUEST_TIMEOUT);
    }

    /** The applicant's token; only a stale one costs a round trip to Keycloak (and a lock). */
    String token() throws Exception {
        Token current = token;
        if (current != null && !current.staleAt(System.nanoTime())) {
            return current.value();
        }
        synchronized (this) {
            current = token;
            return current != null && !current.staleAt(System.nanoTime()) ? current.value() : renewToken();
        }
    }

    /** A new token from Keycloak now, whatever the age of the current one. */
    synchronized String renewToken() throws Exception {
        token = new Token(tokenOf(account), System.nanoTime());
        return token.value();
    }

    /** A fresh token of a demo account (password = login). */
    private String tokenOf(String login) throws Exception {
        String form = "grant_type=password&client_id=acte-cli&username=" + login + "&password=" + login;
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(expect(answer, 200).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no token: " + answer.body());
        }
        return matcher.group(1);
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status) {
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

    private record Token(String value, long obtainedAtNanos) {
        boolean staleAt(long nanos) {
            return nanos - obtainedAtNanos > TOKEN_RENEWAL.toNanos();
        }
    }
}
