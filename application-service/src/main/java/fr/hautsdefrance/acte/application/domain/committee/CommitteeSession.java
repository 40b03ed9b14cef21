package fr.hautsdefrance.acte.application.domain.committee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A session of the Commission permanente where awards are voted, with its budget envelope. */
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
        return session;
    }
}
