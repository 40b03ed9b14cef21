package fr.hautsdefrance.acte.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local SMTP server keeps messages in its heap; beyond the bound it drops them rather than run out
 * of memory in the middle of a load run. Here the bound is 0: any message kept is over it.
 */
class SmtpServerPurgeTest {

    @Test
    void messages_kept_beyond_the_heap_bound_are_dropped_and_the_log_says_so(@TempDir Path work) throws Exception {
        int smtpPort = StackPorts.freePort();
        int apiPort = StackPorts.freePort();
        try (SmtpServer server = SmtpServer.start(work, smtpPort, apiPort, 0.0)) {
            assertThat(send(smtpPort, "jeanne@example.org")).startsWith("250");

            // Accepted (250), so kept; then dropped by a later look at the heap (every 2 s, whatever the timing).
            Path log = work.resolve("smtp.log");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && messagesOf(server, "jeanne@example.org").contains("purge-check")) {
                Thread.sleep(200);
            }
            assertThat(messagesOf(server, "jeanne@example.org")).doesNotContain("purge-check");
            assertThat(Files.readString(log)).contains("all dropped");
        }
    }

    /** One message over a plain SMTP exchange; returns the server's answer to the message's end. */
    private static String send(int port, String recipient) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            in.readLine(); // greeting
            String answer = null;
            for (String line : new String[] {"HELO test", "MAIL FROM:<acte@example.org>", "RCPT TO:<" + recipient + ">",
                    "DATA", "Subject: purge-check\r\n\r\nBonjour.\r\n."}) {
                out.write(line + "\r\n");
                out.flush();
                answer = readAnswer(in);
            }
            out.write("QUIT\r\n");
            out.flush();
            return answer;
        }
    }

    private static String readAnswer(BufferedReader in) throws Exception {
        String line = in.readLine();
        while (line != null && line.length() > 3 && line.charAt(3) == '-') {
            line = in.readLine();
        }
        return line;
    }

    private static String messagesOf(SmtpServer server, String address) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.apiUrl() + "/api/user/" + address + "/messages/")).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.body();
    }
}
