package fr.hautsdefrance.acte.web.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client that leaves while its body is still being read (a portal form or an upload cut off, a load
 * generator closing its connection) is no incident: nobody reads the answer, and an ERROR wakes an operator.
 * The body is read as the services read a large form or an upload: streamed to a blocking resource.
 */
@QuarkusTest
class ClientGoneTest {

    private static final Logger MAPPERS = Logger.getLogger(ProblemMappers.class.getName());

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(ExtLogRecord.wrap(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TestHTTPResource("/")
    URI server;

    @BeforeEach
    void capture() {
        MAPPERS.addHandler(capture);
    }

    @AfterEach
    void release() {
        MAPPERS.removeHandler(capture);
    }

    @ParameterizedTest(name = "connection reset: {0}")
    @ValueSource(booleans = {false, true})
    void a_client_leaving_before_the_end_of_its_body_logs_no_error(boolean reset) throws Exception {
        BodiesResource.READING.drainPermits();
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            if (reset) {
                socket.setSoLinger(true, 0);
            }
            OutputStream out = socket.getOutputStream();
            out.write(("POST /bodies/stream HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream"
                    + "\r\nContent-Length: 100000\r\n\r\n" + BodiesResource.START).getBytes(StandardCharsets.UTF_8));
            // More than the server buffers before calling the resource (quarkus.rest.input-buffer-size, 10k):
            // the resource then reads the rest as it comes, as it reads a large form or an upload.
            out.write(new byte[32 * 1024]);
            out.flush();
            // Left once the resource reads the body: a client leaving before, while the server buffers, is
            // dropped with no answer at all.
            assertThat(BodiesResource.READING.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
        }

        // The mappers say something of every failure they handle (DEBUG is on for the tests): once said, it is all.
        await().atMost(Duration.ofSeconds(30)).until(() -> !records.isEmpty());
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(org.jboss.logmanager.Level.DEBUG);
            assertThat(record.getFormattedMessage()).contains("/bodies/stream").doesNotContain("incident");
        });
    }

    /** A plain defect; a connection closed by another service, not by the client, which is still waiting. */
    @ParameterizedTest
    @ValueSource(strings = {"/bodies/failure", "/bodies/remote-closed"})
    void a_defect_still_logs_an_error_with_its_incident_given_to_the_caller(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        String incident = response.body().replaceAll("(?s).*incident ([0-9a-f-]{36}).*", "$1");
        assertThat(incident).hasSize(36);
        await().atMost(Duration.ofSeconds(30)).until(() -> !records.isEmpty());
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(org.jboss.logmanager.Level.ERROR);
            assertThat(record.getFormattedMessage()).contains(incident);
            assertThat(record.getThrown()).hasMessage("a defect in the service");
        });
    }
}
