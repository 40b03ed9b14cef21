package fr.hautsdefrance.acte.stack;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * Where the services of a local stack send their traces (OTLP over HTTP, protobuf), as a collector
 * would in production: each span is kept for the tests and written as a JSON line to
 * {@code logs/traces.jsonl}, so a person can follow one request through the four services.
 */
public final class TraceCollector implements AutoCloseable {

    /** One span as the services reported it; ids in hexadecimal, as in a {@code traceparent}. */
    public record Span(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
            Instant start, Instant end) {

        String json() {
            return "{\"service\":" + quoted(service) + ",\"traceId\":" + quoted(traceId) + ",\"spanId\":"
                    + quoted(spanId) + ",\"parentSpanId\":" + quoted(parentSpanId) + ",\"name\":" + quoted(name)
                    + ",\"kind\":" + quoted(kind) + ",\"start\":" + quoted(start.toString()) + ",\"end\":"
                    + quoted(end.toString()) + "}";
        }

        private static String quoted(String value) {
            if (value == null) {
                return "null";
            }
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }
    }

    private final HttpServer server;
    private final Path file;
    private final List<Span> spans = new ArrayList<>();

    private TraceCollector(HttpServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Listens on a free loopback port; spans are appended to {@code file}. */
    public static TraceCollector start(Path file) {
        try {
            Files.createDirectories(file.getParent());
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TraceCollector collector = new TraceCollector(server, file);
            server.createContext("/", collector::receive);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "trace-collector");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OTLP/HTTP endpoint the services export to (they add /v1/traces). */
    public String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The spans received so far. */
    public synchronized List<Span> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            keep(ExportTraceServiceRequest.parseFrom(body));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            // An empty ExportTraceServiceResponse: everything was accepted.
            exchange.sendResponseHeaders(200, -1);
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private synchronized void keep(ExportTraceServiceRequest request) throws IOException {
        List<Span> received = new ArrayList<>();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                    .map(v -> v.getStringValue()).findFirst().orElse("?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (io.opentelemetry.proto.trace.v1.Span span : scope.getSpansList()) {
                    received.add(new Span(service, hex(span.getTraceId()), hex(span.getSpanId()),
                            span.getParentSpanId().isEmpty() ? null : hex(span.getParentSpanId()), span.getName(),
                            span.getKind().name().replace("SPAN_KIND_", ""), instant(span.getStartTimeUnixNano()),
                            instant(span.getEndTimeUnixNano())));
                }
            }
        }
        spans.addAll(received);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (Span span : received) {
                out.write(span.json());
                out.write('\n');
            }
        }
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    private static Instant instant(long unixNanos) {
        return Instant.ofEpochSecond(0, unixNanos);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
