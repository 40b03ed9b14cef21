package fr.hautsdefrance.acte.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.function.Consumer;

/** Files sent for download: always as attachments, under names no file name can break. */
public final class Attachments {

    private Attachments() {
    }

    /** {@code content} to be saved as {@code fileName}, never displayed nor sniffed by the browser. */
    public static Response of(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType).header("Content-Disposition", contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /**
     * A text to be saved as {@code fileName}, sent as {@code write} writes it: the rows of an export go
     * out as they are read, whatever their number, and the service holds none of them. {@code write}
     * runs once the response is being sent, so it opens its own transaction.
     */
    public static Response streamed(Consumer<Appendable> write, String mediaType, String fileName) {
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            write.accept(writer);
            writer.flush();
        };
        return Response.ok(body, mediaType).header("Content-Disposition", contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** ASCII fallback plus the RFC 5987 UTF-8 form. */
    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
