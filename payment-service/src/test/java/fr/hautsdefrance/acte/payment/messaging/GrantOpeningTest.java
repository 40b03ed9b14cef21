package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Grant accounts opened from application-service's events, on the real broker, each event applied once. */
@QuarkusTest
class GrantOpeningTest {

    @Inject
    DataSource dataSource;

    @Test
    void the_award_then_the_signature_open_the_grant_and_publish_its_schedule() {
        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents award = Fixtures.events(Fixtures.Award.of(owner));
        award.sendApproved();
        Fixtures.awaitStatus(owner, award.grantId(), "AWAITING_AGREEMENT");
        award.sendSigned();
        Fixtures.awaitStatus(owner, award.grantId(), "OPEN");

        member(owner).get("/api/v1/grants/{id}", award.grantId()).then()
                .body("deliberationNumber", startsWith("CP-2026-12-"))
                .body("rate", equalTo(0.5f)).body("eligibleBase", equalTo(60000.00f)).body("siret", equalTo("12345678200017"))
                .body("plannedExpenses.amount", equalTo(List.of(40000.00f, 20000.00f)))
                .body("eligibleCategories", equalTo(List.of("OPERATING", "EXTERNAL_SERVICES")));
        List<ConsumerRecord<String, String>> published = Fixtures.publishedFor(award.grantId(), 1);
        assertThat(Fixtures.types(published)).containsExactly("payment.scheduled");
        assertThat(published.get(0).value()).contains("\"advanceRate\":0.30", "\"plannedAmount\":9000.00",
                "\"plannedAmount\":21000.00", "\"ruleVersion\":\"acte-paiement-2026.1\"");
    }

    @Test
    void a_signature_arriving_before_its_award_waits_for_it() {
        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents award = Fixtures.events(Fixtures.Award.of(owner));
        award.sendSigned();
        award.sendApproved();
        Fixtures.awaitStatus(owner, award.grantId(), "OPEN");
        assertThat(count("select count(*) from pending_agreement where application_id = ?::uuid", award.grantId())).isZero();
    }

    @Test
    void replaying_the_consumed_events_twice_adds_no_row() {
        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents award = Fixtures.events(Fixtures.Award.of(owner));
        award.sendApproved();
        award.sendSigned();
        Fixtures.awaitStatus(owner, award.grantId(), "OPEN");
        Map<String, Long> before = rowsOf(award);

        for (int replay = 0; replay < 2; replay++) {
            award.sendApproved();
            award.sendSigned();
        }
        // The same award published again under new event ids (a producer's retry) changes nothing either.
        new Fixtures.AwardEvents(award.grantId(), UUID.randomUUID().toString(), award.approvedJson(),
                UUID.randomUUID().toString(), award.signedJson()).sendApproved();
        // Records of one key are consumed in order: once this later one is applied, the replays were too.
        Fixtures.AwardEvents marker = Fixtures.events(Fixtures.Award.of(owner));
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.APPLICATION_TOPIC, award.grantId(),
                marker.approvedId(), "fr.hautsdefrance.acte.application.approved.v1", marker.approvedJson());
        Fixtures.awaitStatus(owner, marker.grantId(), "AWAITING_AGREEMENT");

        assertThat(rowsOf(award)).isEqualTo(before);
        assertThat(before).containsEntry("grant_account", 1L).containsEntry("payment", 2L)
                .containsEntry("outbox_event", 2L).containsEntry("processed_event", 2L);
    }

    @Test
    void an_award_without_its_amounts_goes_to_the_dead_letter_topic_and_the_next_events_still_flow() {
        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents broken = Fixtures.events(Fixtures.Award.of(owner));
        String eventId = UUID.randomUUID().toString();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.APPLICATION_TOPIC, broken.grantId(), eventId,
                "fr.hautsdefrance.acte.application.approved.v1",
                broken.approvedJson().replace("\"awardedAmount\":30000.00,", ""));
        Fixtures.AwardEvents next = Fixtures.events(Fixtures.Award.of(owner));
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.APPLICATION_TOPIC, broken.grantId(),
                next.approvedId(), "fr.hautsdefrance.acte.application.approved.v1", next.approvedJson());

        Fixtures.awaitStatus(owner, next.grantId(), "AWAITING_AGREEMENT");
        List<ConsumerRecord<String, String>> dead = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.payment-service.dlq", r -> eventId.equals(TopicReader.header(r, "ce_id")), 1, Fixtures.EVENTUAL);
        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("amounts");
        member(owner).get("/api/v1/grants/{id}", broken.grantId()).then().statusCode(404);
    }

    private Map<String, Long> rowsOf(Fixtures.AwardEvents award) {
        String id = award.grantId();
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("grant_account", count("select count(*) from grant_account where id = ?::uuid", id));
        rows.put("grant_member", count("select count(*) from grant_member where grant_id = ?::uuid", id));
        rows.put("payment", count("select count(*) from payment where grant_id = ?::uuid", id));
        rows.put("pending_agreement", count("select count(*) from pending_agreement where application_id = ?::uuid", id));
        rows.put("outbox_event", count("select count(*) from outbox_event where aggregate_id = ?", id));
        rows.put("processed_event", count("select count(*) from processed_event where consumer = 'application-events' "
                + "and event_id in (?, ?)", award.approvedId(), award.signedId()));
        return rows;
    }

    private long count(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
