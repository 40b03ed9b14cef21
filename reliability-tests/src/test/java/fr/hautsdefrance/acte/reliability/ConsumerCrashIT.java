package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer commits its database transaction first and its Kafka offset later (every few seconds):
 * {@code kill -9} in between makes it read again, after its restart, records it has already
 * applied. Repeatedly killed while it works through a backlog, it applies each event exactly once.
 */
@ExtendWith(PlatformExtension.class)
class ConsumerCrashIT {

    private static final String SUBMITTED = "fr.hautsdefrance.acte.application.submitted.v1";
    private static final String APPROVED = "fr.hautsdefrance.acte.application.approved.v1";

    @Test
    void eligibility_service_killed_repeatedly_mid_backlog_assesses_each_submission_exactly_once(Platform platform) {
        int events = Platform.fullLength() ? 1000 : 300;
        int kills = Platform.fullLength() ? 5 : 2;
        Crashes crashes = crashRepeatedly(platform, Service.ELIGIBILITY, "eligibility-service", SUBMITTED, events,
                kills, (template, applicationId, n) -> clone(template, applicationId, null));

        assertThat(platform.databases().count(Service.ELIGIBILITY,
                "select count(*) from assessment where application_id = any(?::uuid[])", crashes.idArray()))
                .as("one assessment per submission").isEqualTo(events);
        assertThat(platform.databases().count(Service.ELIGIBILITY,
                "select count(distinct application_id) from assessment where application_id = any(?::uuid[])",
                crashes.idArray())).isEqualTo(events);
        assertThat(platform.databases().count(Service.ELIGIBILITY, "select count(*) from outbox_event "
                + "where aggregate_id = any(?::varchar[]) and event_type = 'fr.hautsdefrance.acte.eligibility.assessed.v1'",
                crashes.idArray())).as("one eligibility.assessed per submission").isEqualTo(events);
        Report.record("kill -9 eligibility-service between database commit and offset commit",
                crashes.summary() + "; " + events + " assessments, 0 lost, 0 twice");
    }

    @Test
    @Tag("full-length")
    void payment_service_killed_repeatedly_mid_backlog_opens_each_grant_once_with_exact_ledger_totals(
            Platform platform) {
        int events = 400;
        int kills = 5;
        Crashes crashes = crashRepeatedly(platform, Service.PAYMENT, "payment-service", APPROVED, events, kills,
                (template, applicationId, n) -> clone(template, applicationId,
                        new BigDecimal(20_000 + n).setScale(2).toPlainString()));

        BigDecimal expected = BigDecimal.ZERO;
        for (int n = 0; n < events; n++) {
            expected = expected.add(new BigDecimal(20_000 + n));
        }
        assertThat(platform.databases().count(Service.PAYMENT,
                "select count(*) from grant_account where id = any(?::uuid[])", crashes.idArray())).isEqualTo(events);
        assertThat(new BigDecimal(platform.databases().scalar(Service.PAYMENT,
                "select sum(awarded_amount)::text from grant_account where id = any(?::uuid[])", crashes.idArray())
                .toString())).as("ledger total").isEqualByComparingTo(expected);
        Report.record("kill -9 payment-service between database commit and offset commit",
                crashes.summary() + "; " + events + " grants, awarded total exact (" + expected + " EUR)");
    }

    @Test
    @Tag("full-length")
    void notification_service_killed_repeatedly_mid_backlog_stores_each_notice_once(Platform platform) {
        int events = 300;
        Crashes crashes = crashRepeatedly(platform, Service.NOTIFICATION, "notification-service", SUBMITTED, events,
                5, (template, applicationId, n) -> clone(template, applicationId, null));
        long perEvent = platform.databases().count(Service.NOTIFICATION,
                "select count(*) from notification where application_id = ?::uuid", crashes.ids().get(0).toString());
        assertThat(perEvent).isPositive();
        assertThat(platform.databases().count(Service.NOTIFICATION,
                "select count(*) from notification where application_id = any(?::uuid[])", crashes.idArray()))
                .isEqualTo(perEvent * events);
        Report.record("kill -9 notification-service between database commit and offset commit",
                crashes.summary() + "; " + events * perEvent + " notices, 0 lost, 0 twice");
    }

    /** References must stay unique (grant accounts keep them): a counter from a random start. */
    private static final java.util.concurrent.atomic.AtomicInteger REFERENCES =
            new java.util.concurrent.atomic.AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(500_000));

    interface Cloner {
        ProducerRecord<String, String> of(ConsumerRecord<String, String> template, UUID applicationId, int n);
    }

    /**
     * Stops the consumer, puts a backlog of {@code events} copies of a real event (new ids) on its topic,
     * then starts it and kills it {@code kills} times while it works, each time once it has applied
     * more events. Returns once it has caught up.
     */
    private Crashes crashRepeatedly(Platform platform, Service service, String group, String type, int events,
            int kills, Cloner cloner) {
        platform.ensureHealthy();
        ConsumerRecord<String, String> template = template(platform, type);
        platform.awaitQuiescent();
        platform.service(service).stop();
        long processedBefore = processed(platform, service);
        long committedBefore = platform.topics().committedCount(group);
        List<UUID> ids = new ArrayList<>();
        for (int n = 0; n < events; n++) {
            UUID applicationId = UUID.randomUUID();
            ids.add(applicationId);
            platform.topics().send(cloner.of(template, applicationId, n));
        }

        int killed = 0;
        long replayedAfterKills = 0;
        for (int round = 0; round < kills; round++) {
            platform.service(service).relaunch();
            long processedAtStart = processed(platform, service) - processedBefore;
            if (processedAtStart >= events) {
                break;
            }
            // Kill once it has applied a few more events, well inside the offset commit interval.
            waitUntil(() -> processed(platform, service) - processedBefore >= Math.min(events, processedAtStart + 10),
                    platform, service);
            if (processed(platform, service) - processedBefore >= events) {
                break;
            }
            platform.service(service).kill();
            killed++;
            long applied = processed(platform, service) - processedBefore;
            long committed = platform.topics().committedCount(group) - committedBefore;
            // Applied but not committed: what the restarted consumer reads again.
            replayedAfterKills += Math.max(0, applied - committed);
        }
        if (!platform.service(service).process().isAlive()) {
            platform.service(service).relaunch();
        }
        platform.service(service).awaitReady();
        platform.awaitQuiescent();
        assertThat(killed).as("kills while the backlog was being applied").isPositive();
        assertThat(replayedAfterKills).as("events applied but not yet committed when killed").isPositive();
        return new Crashes(ids, killed, replayedAfterKills);
    }

    private static long processed(Platform platform, Service service) {
        return platform.databases().count(service, "select count(*) from processed_event");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Platform platform, Service service) {
        Instant deadline = Instant.now().plus(Platform.EVENTUAL);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(service.module() + " applied nothing in " + Platform.EVENTUAL.toSeconds()
                        + " s; log:\n" + platform.service(service).process().tailOfLog(30));
            }
            Platform.sleep(Duration.ofMillis(50));
        }
    }

    /** A real event of {@code type} from the application topic, produced by a real journey if none exists. */
    private static ConsumerRecord<String, String> template(Platform platform, String type) {
        Journeys journeys = new Journeys(platform);
        String organisation = journeys.organisation("porteur");
        String id = journeys.submitted("porteur", organisation);
        if (type.equals(APPROVED)) {
            journeys.awarded("porteur", id);
        }
        return await("a " + type + " event on the topic").atMost(Platform.EVENTUAL).until(() -> platform.topics()
                .recordsOf(Topics.APPLICATION, id).stream().filter(r -> type.equals(Topics.header(r, "ce_type")))
                .findFirst().orElse(null), r -> r != null);
    }

    /** The template event about another file: new event id, new application id (and reference), same content. */
    private static ProducerRecord<String, String> clone(ConsumerRecord<String, String> template, UUID applicationId,
            String awardedAmount) {
        String originalId = template.key();
        String value = template.value().replace(originalId, applicationId.toString())
                .replaceAll("ACTE-\\d{4}-\\d{6}", "ACTE-2099-" + String.format("%06d", REFERENCES.incrementAndGet()));
        if (awardedAmount != null) {
            value = value.replaceFirst("\"awardedAmount\":[0-9.]+", "\"awardedAmount\":" + awardedAmount);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(template.topic(), applicationId.toString(), value);
        template.headers().forEach(h -> {
            String headerValue = new String(h.value(), StandardCharsets.UTF_8);
            if (h.key().equals("ce_id")) {
                headerValue = UUID.randomUUID().toString();
            } else if (h.key().equals("ce_subject")) {
                headerValue = headerValue.replace(originalId, applicationId.toString());
            }
            record.headers().add(h.key(), headerValue.getBytes(StandardCharsets.UTF_8));
        });
        return record;
    }

    record Crashes(List<UUID> ids, int kills, long replayed) {
        String[] textArray() {
            return ids.stream().map(UUID::toString).toArray(String[]::new);
        }

        String idArray() {
            return "{" + String.join(",", textArray()) + "}";
        }

        String summary() {
            return ids.size() + " events, " + kills + " kills -9 mid-backlog, " + replayed
                    + " events applied but not yet committed at the kills (read again after restart)";
        }
    }
}
