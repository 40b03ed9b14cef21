package fr.hautsdefrance.acte.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The latest e-mail address and name known for a person, from the events that named them or from
 * their own token. Officers' addresses come this way: the events carry only their subject.
 */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    public String subject;

    @Column(length = 320)
    private String email;

    @Column(name = "display_name", length = 300)
    private String displayName;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Recipient() {
    }

    public static Recipient of(String subject, OffsetDateTime now) {
        Recipient recipient = new Recipient();
        recipient.subject = subject;
        recipient.updatedAt = now;
        return recipient;
    }

    /** Keeps what is known: a missing address or name never erases one learnt before. */
    public boolean learn(String email, String displayName, OffsetDateTime now) {
        boolean changed = false;
        if (email != null && !email.isBlank() && !Objects.equals(this.email, email)) {
            this.email = email;
            changed = true;
        }
        if (displayName != null && !displayName.isBlank() && !Objects.equals(this.displayName, displayName)) {
            this.displayName = displayName;
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }
}
