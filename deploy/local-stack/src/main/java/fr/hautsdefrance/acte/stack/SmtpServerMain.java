package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs GreenMail standalone and exits when standard input closes, so the SMTP server never
 * outlives the test JVM or the local stack that started it, even after a {@code kill -9}.
 * GreenMail is only on the child's classpath, hence the reflective call.
 *
 * <p>GreenMail keeps every message in its heap. A load run on the local stack sends tens of thousands
 * of receipts; without a bound the server runs out of memory after about 11,000 of them and every
 * later e-mail fails. So once the messages kept fill more than {@value #DEFAULT_PURGE_ABOVE} of the
 * heap after a collection, they are all dropped through GreenMail's own API, and the log says so.
 */
public final class SmtpServerMain {

    /** Fraction of the heap, after a collection, beyond which the messages kept are dropped. */
    static final String PURGE_ABOVE_PROPERTY = "acte.smtp.purge-above";
    static final double DEFAULT_PURGE_ABOVE = 0.6;
    static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    private SmtpServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(SmtpServerMain::exitWhenParentGoes, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        double purgeAbove = Double.parseDouble(System.getProperty(PURGE_ABOVE_PROPERTY,
                Double.toString(DEFAULT_PURGE_ABOVE)));
        int apiPort = Integer.getInteger("greenmail.api.port");
        Thread purger = new Thread(() -> purgeWhenFull(purgeAbove, apiPort), "mailbox-purger");
        purger.setDaemon(true);
        purger.start();
        Class.forName("com.icegreen.greenmail.standalone.GreenMailStandaloneRunner")
                .getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private static void purgeWhenFull(double fraction, int apiPort) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest purge = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        Runtime runtime = Runtime.getRuntime();
        while (true) {
            try {
                Thread.sleep(WATCH_INTERVAL.toMillis());
                if (used(runtime) <= fraction * runtime.maxMemory()) {
                    continue;
                }
                System.gc(); // what is kept, not garbage not yet collected
                long used = used(runtime);
                if (used > fraction * runtime.maxMemory()) {
                    HttpResponse<String> answer = http.send(purge, HttpResponse.BodyHandlers.ofString());
                    System.out.printf("%s messages kept filled %d of %d MB of heap: all dropped (%d %s)%n",
                            Instant.now(), used >> 20, runtime.maxMemory() >> 20, answer.statusCode(), answer.body());
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // The API is not up yet, or busy: looked at again at the next interval.
                System.out.printf("%s mailbox purge not done: %s%n", Instant.now(), e);
            }
        }
    }

    private static long used(Runtime runtime) {
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void exitWhenParentGoes() {
        try {
            while (System.in.read() != -1) {
                // the parent writes nothing; only end of stream matters
            }
        } catch (IOException ignored) {
            // a broken pipe means the same as end of stream
        }
        System.exit(0);
    }
}
