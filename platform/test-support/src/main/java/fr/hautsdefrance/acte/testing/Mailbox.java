package fr.hautsdefrance.acte.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** What the test SMTP server received for one address, read back over its HTTP API and decoded. */
public final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Mailbox() {
    }

    /** One received e-mail: headers decoded, and its plain-text and HTML parts. */
    public record ReceivedMail(String messageId, String from, List<String> to, String subject, String text,
            String html, Map<String, String> headers) {
    }

    /** The messages {@code address} received, oldest first; none when it received nothing yet. */
    public static List<ReceivedMail> of(String address) {
        String url = SmtpTestResource.apiUrl() + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/";
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 400 || response.statusCode() == 404) {
                return List.of();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SMTP server API answered " + response.statusCode() + ": "
                        + response.body());
            }
            List<ReceivedMail> mails = new ArrayList<>();
            for (JsonNode message : JSON.readTree(response.body())) {
                mails.add(decode(message.path("mimeMessage").asText()));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ReceivedMail decode(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            String[] parts = new String[2];
            collect(message, parts);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            message.getAllHeaders().asIterator().forEachRemaining(h -> headers.put(h.getName(), h.getValue()));
            Address[] from = message.getFrom();
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            return new ReceivedMail(message.getMessageID(), from == null ? null : from[0].toString(),
                    to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                    message.getSubject(), parts[0], parts[1], headers);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot decode a received message", e);
        }
    }

    /** parts[0] = text/plain, parts[1] = text/html, wherever they sit in the multipart tree. */
    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        }
    }
}
