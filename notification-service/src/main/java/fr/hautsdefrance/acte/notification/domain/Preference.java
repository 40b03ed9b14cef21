package fr.hautsdefrance.acte.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A person's choice of e-mail rhythm. Nobody has one until they choose: the default is immediate. */
@Entity
@Table(name = "notification_preference")
public class Preference extends PanacheEntityBase {

    @Id
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_mode", nullable = false, length = 16)
    private EmailMode emailMode;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    long version;

    protected Preference() {
    }

    public static Preference of(String subject, EmailMode mode, OffsetDateTime now) {
        Preference preference = new Preference();
        preference.subject = subject;
        preference.emailMode = mode;
        preference.updatedAt = now;
        return preference;
    }

    public void choose(EmailMode mode, OffsetDateTime now) {
        this.emailMode = mode;
        this.updatedAt = now;
    }

    public EmailMode emailMode() {
        return emailMode;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
