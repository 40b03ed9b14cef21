package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The balance follows the agreement's clause at the voted rate (award ÷ planned eligible base), not
 * the scheme's ceiling rate that application.approved also carries, whether the award event is
 * written with the voted rate or as older events were.
 */
@QuarkusTest
class VotedRateProrationTest {

    @Test
    void a_45000_euro_award_on_a_100000_euro_plan_pays_8100_euros_of_balance_on_48000_euros_accepted() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner).voted("45000.00", "100000.00", "0.6", "0.45"));

        assertThat(balanceAfterTheAdvanceOn48000Euros(owner, grant)).isEqualTo(8100.00f);
        member(owner).get("/api/v1/grants/{id}", grant).then().statusCode(200)
                .body("rate", equalTo(0.45f)).body("votedRate", equalTo(0.45f)).body("ceilingRate", equalTo(0.6f))
                .body("plannedEligibleBase", equalTo(100000.00f)).body("finalAmount", equalTo(21600.00f));
    }

    @Test
    void an_award_event_written_before_the_voted_rate_was_carried_is_prorated_the_same_way() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner).voted("45000.00", "100000.00", "0.6", "0.45")
                .asOlderEvent());

        assertThat(balanceAfterTheAdvanceOn48000Euros(owner, grant)).isEqualTo(8100.00f);
    }

    @Test
    void an_award_whose_voted_rate_contradicts_its_amounts_goes_to_the_dead_letter_topic() {
        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents contradictory = Fixtures.events(
                Fixtures.Award.of(owner).voted("45000.00", "100000.00", "0.6", "0.6"));
        String eventId = UUID.randomUUID().toString();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.APPLICATION_TOPIC, contradictory.grantId(),
                eventId, "fr.hautsdefrance.acte.application.approved.v1", contradictory.approvedJson());

        List<ConsumerRecord<String, String>> dead = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.payment-service.dlq", r -> eventId.equals(TopicReader.header(r, "ce_id")), 1, Fixtures.EVENTUAL);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("voted rate");
        member(owner).get("/api/v1/grants/{id}", contradictory.grantId()).then().statusCode(404);
    }

    /** Advance (30 %: 13,500 €) paid, then the balance on 48,000 € of eligible expenses accepted; its amount. */
    private static float balanceAfterTheAdvanceOn48000Euros(String owner, String grant) {
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201)
                .body("amount", equalTo(13500.00f)).extract().path("id");
        Fixtures.payThroughTheBank(advance);
        String balance = Fixtures.request(owner, grant, Fixtures.statement("BALANCE", "OPERATING", "30000.00",
                "EXTERNAL_SERVICES", "18000.00")).statusCode(201).extract().path("id");
        return Fixtures.acceptAll(balance, 2).statusCode(200).extract().path("amount");
    }
}
