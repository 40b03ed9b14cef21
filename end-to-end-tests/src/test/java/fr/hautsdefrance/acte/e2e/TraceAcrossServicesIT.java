package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.Sirens;
import fr.hautsdefrance.acte.stack.TraceCollector.Span;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the applicant's submission (application-service's REST call) through its outbox and
 * Kafka into eligibility-service, which assesses the file in a span of that trace and publishes its
 * result with it (the events' CloudEvents {@code ce_traceparent}), into notification-service, which
 * tells the applicant, and back into application-service, which records the result on the file. The
 * services export their spans to the stack's collector, as they would to production's; the trace is
 * printed and written to target/trace-of-a-submission.txt (docs/deploy.md shows one).
 */
@ExtendWith(PlatformExtension.class)
class TraceAcrossServicesIT {

    @Test
    void the_assessment_of_a_submitted_file_carries_on_the_trace_of_its_submission(RunningPlatform platform) {
        String siren = Sirens.random();
        String id = AwardSteps.submitted(platform, "porteuse",
                AwardSteps.organisation(platform, "porteuse", "Recyclerie du Pévèle", siren), "30000.00");

        String submitted = traceparent(platform, "acte.application.v1", id, "fr.hautsdefrance.acte.application.submitted.v1");
        String assessed = traceparent(platform, "acte.eligibility.v1", id, "fr.hautsdefrance.acte.eligibility.assessed.v1");

        assertThat(submitted).as("application.submitted").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(traceId(assessed)).as("eligibility.assessed continues the submission's trace")
                .isEqualTo(traceId(submitted));
        assertThat(assessed).as("from a span of its own").isNotEqualTo(submitted);
    }

    @Test
    void one_trace_follows_a_submission_through_the_services_that_act_on_it(RunningPlatform platform) {
        Assumptions.assumeFalse(platform.attached(), "against ./acte up, the trace is in .acte/logs/traces.jsonl");
        String id = AwardSteps.submitted(platform, "porteuse",
                AwardSteps.organisation(platform, "porteuse", "Ressourcerie des Weppes", Sirens.random()), "30000.00");
        String traceId = traceId(traceparent(platform, "acte.application.v1", id,
                "fr.hautsdefrance.acte.application.submitted.v1"));

        List<Span> trace = await("the spans of the submission's trace").atMost(AwardSteps.EVENTUAL)
                .until(() -> spansOf(platform, traceId), spans -> consumerSpansIn(spans, "eligibility-service") > 0
                        && consumerSpansIn(spans, "notification-service") > 0
                        && consumerSpansIn(spans, "application-service") > 0);

        Span root = trace.stream().filter(s -> s.parentSpanId() == null).findFirst().orElseThrow();
        assertThat(root.service()).isEqualTo("application-service");
        assertThat(root.kind()).isEqualTo("SERVER");
        assertThat(root.name()).contains("/submit");
        // Every span hangs from another of the same trace: the trace is whole, not pieces with the same id.
        assertThat(trace).filteredOn(s -> s.parentSpanId() != null).allSatisfy(s -> assertThat(trace)
                .extracting(Span::spanId).contains(s.parentSpanId()));
        String printed = tree(trace, root, 0, root.start(), new StringBuilder()).toString();
        System.out.println("Trace " + traceId + " of the submission of " + id + ":\n" + printed);
        write(Path.of("target/trace-of-a-submission.txt"), "trace " + traceId + "\n" + printed);
    }

    private static List<Span> spansOf(RunningPlatform platform, String traceId) {
        return platform.spans().stream().filter(s -> traceId.equals(s.traceId())).toList();
    }

    private static long consumerSpansIn(List<Span> spans, String service) {
        return spans.stream().filter(s -> s.service().equals(service) && s.kind().equals("CONSUMER")).count();
    }

    /** The span and those under it, indented, with their start after the root's and their duration. */
    private static StringBuilder tree(List<Span> trace, Span span, int depth, Instant origin, StringBuilder out) {
        out.append("  ".repeat(depth)).append(String.format("%-22s %-8s %s  +%d ms, %d ms%n", span.service(),
                span.kind(), span.name(), Duration.between(origin, span.start()).toMillis(),
                Duration.between(span.start(), span.end()).toMillis()));
        trace.stream().filter(s -> Objects.equals(span.spanId(), s.parentSpanId()))
                .sorted(Comparator.comparing(Span::start))
                .forEach(child -> tree(trace, child, depth + 1, origin, out));
        return out;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    /** The ce_traceparent of the event of {@code type} about file {@code id} on {@code topic}. */
    private static String traceparent(RunningPlatform platform, String topic, String id, String type) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-it-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(AwardSteps.EVENTUAL);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && record.value().contains(id) && type.equals(header(record, "ce_type"))) {
                        return header(record, "ce_traceparent");
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " about " + id + " on " + topic);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
