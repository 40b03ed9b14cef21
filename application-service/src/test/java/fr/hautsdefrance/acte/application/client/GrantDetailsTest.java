package fr.hautsdefrance.acte.application.client;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GrantDetailsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-04-01T10:00:00+02:00");

    @Test
    void an_open_grant_offers_the_advance_until_it_is_requested() {
        GrantDetails fresh = grant("OPEN", payment("ADVANCE", 1, "SCHEDULED", null), payment("BALANCE", 1, "SCHEDULED", null));

        assertThat(fresh.advanceOffered()).isTrue();
        assertThat(fresh.statementOffered()).isTrue();
        assertThat(fresh.lapseThreatened()).isTrue();

        GrantDetails requested = grant("OPEN", payment("ADVANCE", 1, "VALIDATED", NOW), payment("BALANCE", 1, "SCHEDULED", null));
        assertThat(requested.advanceOffered()).isFalse();
        assertThat(requested.statementOffered()).as("one request at a time").isFalse();
        assertThat(requested.inProgress().kind()).isEqualTo("ADVANCE");
        assertThat(requested.lapseThreatened()).isFalse();
    }

    @Test
    void once_an_instalment_was_requested_the_advance_is_no_longer_offered() {
        GrantDetails grant = grant("OPEN", payment("ADVANCE", 1, "REJECTED", null), payment("INSTALMENT", 1, "PAID", NOW),
                payment("BALANCE", 1, "SCHEDULED", null));

        assertThat(grant.advanceOffered()).isFalse();
        assertThat(grant.statementOffered()).isTrue();
    }

    @Test
    void nothing_is_offered_on_a_grant_waiting_for_its_agreement_or_closed() {
        assertThat(grant("AWAITING_AGREEMENT", payment("ADVANCE", 1, "SCHEDULED", null)).advanceOffered()).isFalse();
        GrantDetails closed = grant("CLOSED", payment("BALANCE", 1, "PAID", NOW));
        assertThat(closed.statementOffered()).isFalse();
        assertThat(closed.bankDetailsOffered()).isFalse();
    }

    @Test
    void the_schedule_reads_advance_instalments_then_balance() {
        GrantDetails grant = grant("OPEN", payment("BALANCE", 1, "SCHEDULED", null), payment("INSTALMENT", 2, "REQUESTED", NOW),
                payment("ADVANCE", 1, "PAID", NOW), payment("INSTALMENT", 1, "PAID", NOW));

        assertThat(grant.schedule()).extracting(p -> p.kind() + p.sequence())
                .containsExactly("ADVANCE1", "INSTALMENT1", "INSTALMENT2", "BALANCE1");
    }

    @Test
    void new_bank_details_wait_until_the_pending_ones_are_decided() {
        GrantDetails.BankAccount pending = new GrantDetails.BankAccount(UUID.randomUUID(), "Coopérative", "FR14 **** 2 606",
                "PSSTFRPPLIL", "rue de la Fosse", null, "62300", "Lens", "FR", "PENDING", NOW, null, null);
        GrantDetails grant = new GrantDetails(UUID.randomUUID(), "ACTE-2027-000001", "Atelier", "OPEN", List.of(),
                BigDecimal.TEN, null, null, null, null, null, null, null, BigDecimal.ZERO, null, List.of(),
                List.of(pending), null);

        assertThat(grant.bankDetailsPending()).isTrue();
        assertThat(grant.bankDetailsOffered()).isFalse();
        assertThat(grant.hasValidatedBankDetails()).isFalse();
    }

    private static GrantDetails.Payment payment(String kind, int sequence, String status, OffsetDateTime requestedAt) {
        return new GrantDetails.Payment(UUID.randomUUID(), kind, sequence, kind.toLowerCase(), status, null, null,
                BigDecimal.ONE, null, requestedAt, null, null, null, null, null);
    }

    private static GrantDetails grant(String status, GrantDetails.Payment... payments) {
        return new GrantDetails(UUID.randomUUID(), "ACTE-2027-000001", "Atelier", status, List.of(), new BigDecimal("40000.00"),
                new BigDecimal("0.5"), new BigDecimal("80000.00"), "CP-1", LocalDate.of(2029, 1, 1), null,
                new BigDecimal("12000.00"), new BigDecimal("32000.00"), BigDecimal.ZERO, null, List.of(payments), List.of(),
                null);
    }
}
