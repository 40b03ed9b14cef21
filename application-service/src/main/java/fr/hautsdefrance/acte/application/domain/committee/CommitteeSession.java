package fr.hautsdefrance.acte.application.domain.committee;

import fr.hautsdefrance.acte.application.domain.FrenchFormats;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session of the Commission permanente where awards are voted, with its budget envelope. It is
 * prepared, then held from its date (the votes are recorded then, dated that day), then closed with
 * its minutes; its deliberations become enforceable once published and transmitted to the prefect's
 * legality control (CGCT L4141-1).
 */
@Entity
@Table(name = "committee_session")
public class CommitteeSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Column(nullable = false)
    public BigDecimal envelope;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitteeSessionStatus status;

    @Column(name = "held_at")
    private OffsetDateTime heldAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /** The day the deliberations were published (posted or put online). */
    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** The day they were transmitted to the prefect's legality control. */
    @Column(name = "transmitted_on")
    private LocalDate transmittedOn;

    @Version
    public long version;

    protected CommitteeSession() {
    }

    public static CommitteeSession of(String title, LocalDate date, BigDecimal envelope, OffsetDateTime now) {
        CommitteeSession session = new CommitteeSession();
        session.id = UUID.randomUUID();
        session.title = title;
        session.sessionDate = date;
        session.envelope = envelope;
        session.createdAt = now;
        session.status = CommitteeSessionStatus.PREPARING;
        return session;
    }

    public CommitteeSessionStatus status() {
        return status;
    }

    public OffsetDateTime heldAt() {
        return heldAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate transmittedOn() {
        return transmittedOn;
    }

    /** The deliberations apply once both published and transmitted: from the later of the two days. */
    public LocalDate enforceableOn() {
        return publishedOn == null || transmittedOn == null ? null
                : publishedOn.isAfter(transmittedOn) ? publishedOn : transmittedOn;
    }

    /** The session sits: not before its date. */
    public void hold(LocalDate today, OffsetDateTime now) {
        if (status != CommitteeSessionStatus.PREPARING) {
            throw new CommitteeRuleException("session-not-in-preparation", "La séance du " + FrenchFormats.date(sessionDate)
                    + " est déjà " + (status == CommitteeSessionStatus.HELD ? "tenue." : "close."));
        }
        if (today.isBefore(sessionDate)) {
            throw new CommitteeRuleException("session-not-yet", "La séance du " + FrenchFormats.date(sessionDate) + " ne peut "
                    + "être tenue avant cette date : les votes sont datés du jour de la séance.");
        }
        status = CommitteeSessionStatus.HELD;
        heldAt = now;
    }

    /** Files may be put on (or taken off) the agenda until the session is closed. */
    public void ensureAgendaOpen() {
        if (status == CommitteeSessionStatus.CLOSED) {
            throw closed();
        }
    }

    /** Votes are recorded while the session sits, and only then. */
    public void ensureVotesOpen() {
        if (status == CommitteeSessionStatus.PREPARING) {
            throw new CommitteeRuleException("session-not-held", "La séance du " + FrenchFormats.date(sessionDate) + " n'est pas "
                    + "encore tenue : ouvrez-la, à sa date, avant d'enregistrer les votes.");
        }
        if (status == CommitteeSessionStatus.CLOSED) {
            throw closed();
        }
    }

    /** The minutes are drawn: from now on nothing of the session changes. */
    public void close(OffsetDateTime now) {
        if (status != CommitteeSessionStatus.HELD) {
            throw status == CommitteeSessionStatus.CLOSED ? closed()
                    : new CommitteeRuleException("session-not-held", "La séance du " + FrenchFormats.date(sessionDate)
                            + " n'a pas été tenue : elle ne peut pas être close.");
        }
        status = CommitteeSessionStatus.CLOSED;
        closedAt = now;
    }

    /** Publication and transmission to the prefect, once the session was held (not before its date). */
    public void recordEnforceability(LocalDate published, LocalDate transmitted) {
        if (status == CommitteeSessionStatus.PREPARING) {
            throw new CommitteeRuleException("session-not-held", "La séance du " + FrenchFormats.date(sessionDate) + " n'a pas "
                    + "encore été tenue : ses délibérations ne peuvent être ni publiées ni transmises.");
        }
        if (published.isBefore(sessionDate) || transmitted.isBefore(sessionDate)) {
            throw new CommitteeRuleException("before-session", "La publication et la transmission au contrôle de "
                    + "légalité ne peuvent précéder la séance du " + FrenchFormats.date(sessionDate) + ".");
        }
        publishedOn = published;
        transmittedOn = transmitted;
    }

    private CommitteeRuleException closed() {
        return new CommitteeRuleException("session-closed", "La séance du " + FrenchFormats.date(sessionDate) + " est close : "
                + "son procès-verbal est établi et plus rien ne peut y changer.");
    }
}
