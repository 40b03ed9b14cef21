package fr.hautsdefrance.acte.application.domain.instruction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A message between the applicant and the Region about a file, seen by both sides. */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    /** Written by regional staff (true) or by a member of the applicant organisation. */
    @Column(name = "from_region", nullable = false, updatable = false)
    public boolean fromRegion;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "posted_at", nullable = false, updatable = false)
    public OffsetDateTime postedAt;

    protected Message() {
    }

    public static Message of(UUID applicationId, String author, String authorName, boolean fromRegion, String body,
            OffsetDateTime now) {
        Message message = new Message();
        message.id = UUID.randomUUID();
        message.applicationId = applicationId;
        message.author = author;
        message.authorName = authorName;
        message.fromRegion = fromRegion;
        message.body = body;
        message.postedAt = now;
        return message;
    }
}
