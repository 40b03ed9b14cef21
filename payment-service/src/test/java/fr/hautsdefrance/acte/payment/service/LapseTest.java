package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Caducité: no payment requested within 24 months of the vote; reminders 60 and 15 days before. */
@QuarkusTest
class LapseTest {

    /** Voted long ago, so that no other test's grant is near its lapse date on the days checked here. */
    static final LocalDate VOTE = LocalDate.of(2020, 1, 10);
    static final LocalDate LAPSE = LocalDate.of(2022, 1, 10);

    @Inject
    LapseService lapses;

    @Test
    void a_grant_without_any_request_is_reminded_twice_then_lapses_and_one_with_a_request_never_does() {
        String owner = "porteuse-" + UUID.randomUUID();
        String idle = Fixtures.openGrant(Fixtures.Award.of(owner).decidedOn(VOTE));
        String active = Fixtures.openGrant(Fixtures.Award.of(owner).decidedOn(VOTE));
        Fixtures.request(owner, active, Fixtures.advance()).statusCode(201);
        member(owner).get("/api/v1/grants/{id}", idle).then().body("lapseDate", equalTo(LAPSE.toString()));

        assertThat(lapses.check(LAPSE.minusDays(61)).warnings()).isZero();
        assertThat(lapses.check(LAPSE.minusDays(56)).warnings()).isEqualTo(1);
        // Checked again (another replica, a restart): no second reminder for the same threshold.
        assertThat(lapses.check(LAPSE.minusDays(55)).warnings()).isZero();
        assertThat(lapses.check(LAPSE.minusDays(10)).warnings()).isEqualTo(1);
        member(owner).get("/api/v1/grants/{id}", idle).then().body("status", equalTo("OPEN"));

        LapseService.Outcome due = lapses.check(LAPSE);
        assertThat(due.lapses()).isEqualTo(1);
        member(owner).get("/api/v1/grants/{id}", idle).then().body("status", equalTo("LAPSED"))
                .body("payments.status", equalTo(List.of("REJECTED", "REJECTED")));
        member(owner).get("/api/v1/grants/{id}", active).then().body("status", equalTo("OPEN"));
        Fixtures.request(owner, idle, Fixtures.advance()).statusCode(409)
                .body("detail", equalTo("Aucun versement ne peut être demandé sur la subvention "
                        + member(owner).get("/api/v1/grants/{id}", idle).path("reference")
                        + " : la subvention est caduque : aucun versement n'a été demandé dans le délai de validité."));
        assertThat(lapses.check(LAPSE.plusDays(1)).lapses()).isZero();

        List<ConsumerRecord<String, String>> events = Fixtures.publishedFor(idle, 4);
        assertThat(Fixtures.types(events)).containsExactly("payment.scheduled", "grant.lapse-warning",
                "grant.lapse-warning", "grant.lapsed");
        assertThat(events.get(1).value()).contains("\"daysLeft\":56", "\"warningDays\":60");
        assertThat(events.get(2).value()).contains("\"daysLeft\":10", "\"warningDays\":15");
        assertThat(Fixtures.types(Fixtures.publishedFor(active, 3))).containsExactly("payment.scheduled",
                "payment.requested", "payment.liquidated");
        // Nothing will be paid on the lapsed grant: its whole commitment is released.
        member(owner).get("/api/v1/grants/{id}", idle).then().body("commitment.releasedAmount", equalTo(30000.00f))
                .body("commitment.status", equalTo("CLOSED"));
        assertThat(Fixtures.types(Fixtures.commitmentEventsFor(idle, 2))).containsExactly("grant.committed",
                "grant.commitment-released");
    }

    @Test
    void a_check_run_late_sends_one_reminder_not_every_threshold_passed() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner).decidedOn(VOTE.minusYears(1)));

        assertThat(lapses.check(LAPSE.minusYears(1).minusDays(5)).warnings()).isEqualTo(1);
        assertThat(lapses.check(LAPSE.minusYears(1).minusDays(4)).warnings()).isZero();
        List<ConsumerRecord<String, String>> events = Fixtures.publishedFor(grant, 2);
        assertThat(events.get(1).value()).contains("\"warningDays\":15");
    }
}
