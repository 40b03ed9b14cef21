package fr.hautsdefrance.acte.application.domain.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A member of the Region's staff as the platform knows them from their sign-ins: who they are
 * (their name and address as the identity provider vouches for them) and whether they instruct
 * files. Files are assigned only to the officers listed here.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Id
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    /** Holds the officer role: may be assigned files. */
    @Column(nullable = false)
    public boolean officer;

    @Column(nullable = false)
    public boolean manager;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    public OffsetDateTime firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;

    protected StaffMember() {
    }

    public static StaffMember firstSeen(String subject, String displayName, String email, boolean officer,
            boolean manager, OffsetDateTime now) {
        StaffMember member = new StaffMember();
        member.subject = subject;
        member.firstSeenAt = now;
        member.seenAgain(displayName, email, officer, manager, now);
        return member;
    }

    /** Names and roles change in the identity provider: the directory follows at the next sign-in. */
    public void seenAgain(String displayName, String email, boolean officer, boolean manager, OffsetDateTime now) {
        this.displayName = displayName;
        this.email = email;
        this.officer = officer;
        this.manager = manager;
        this.lastSeenAt = now;
    }
}
