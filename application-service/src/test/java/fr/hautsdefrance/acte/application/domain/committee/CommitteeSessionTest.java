package fr.hautsdefrance.acte.application.domain.committee;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A session of the Commission permanente is prepared, held from its date, closed; nothing moves out of order. */
class CommitteeSessionTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2026, 12, 17);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 17, 9, 30, 0, 0, ZoneOffset.UTC);

    private static CommitteeSession session() {
        return CommitteeSession.of("Commission permanente de décembre", SESSION_DAY, new BigDecimal("500000.00"), NOW);
    }

    @Test
    void a_new_session_is_in_preparation_and_takes_no_vote() {
        CommitteeSession session = session();

        assertThat(session.status()).isEqualTo(CommitteeSessionStatus.PREPARING);
        assertThatThrownBy(session::ensureVotesOpen).isInstanceOf(CommitteeRuleException.class)
                .hasMessageContaining("pas encore tenue");
    }

    @Test
    void a_session_is_not_held_before_its_date() {
        CommitteeSession session = session();

        assertThatThrownBy(() -> session.hold(SESSION_DAY.minusDays(1), NOW)).isInstanceOf(CommitteeRuleException.class)
                .hasMessageContaining("17 décembre 2026").hasMessageContaining("avant cette date");
        session.hold(SESSION_DAY, NOW);
        assertThat(session.status()).isEqualTo(CommitteeSessionStatus.HELD);
        session.ensureVotesOpen();
    }

    @Test
    void a_closed_session_changes_no_more() {
        CommitteeSession session = session();
        session.hold(SESSION_DAY, NOW);
        session.close(NOW.plusHours(3));

        assertThat(session.status()).isEqualTo(CommitteeSessionStatus.CLOSED);
        assertThatThrownBy(session::ensureVotesOpen).hasMessageContaining("close");
        assertThatThrownBy(session::ensureAgendaOpen).hasMessageContaining("close");
        assertThatThrownBy(() -> session.close(NOW.plusHours(4))).isInstanceOf(CommitteeRuleException.class);
        assertThatThrownBy(() -> session.hold(SESSION_DAY, NOW)).isInstanceOf(CommitteeRuleException.class);
    }

    @Test
    void deliberations_apply_from_the_later_of_publication_and_transmission_never_before_the_session() {
        CommitteeSession session = session();
        assertThatThrownBy(() -> session.recordEnforceability(SESSION_DAY, SESSION_DAY))
                .isInstanceOf(CommitteeRuleException.class);
        session.hold(SESSION_DAY, NOW);

        assertThatThrownBy(() -> session.recordEnforceability(SESSION_DAY.minusDays(1), SESSION_DAY))
                .hasMessageContaining("ne peuvent précéder la séance");
        session.recordEnforceability(SESSION_DAY.plusDays(2), SESSION_DAY.plusDays(5));
        assertThat(session.enforceableOn()).isEqualTo(SESSION_DAY.plusDays(5));
    }
}
