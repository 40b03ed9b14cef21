package fr.hautsdefrance.acte.application.domain.instruction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A private note of regional staff on a file: never shown to the applicant. */
@Entity
@Table(name = "annotation")
public class Annotation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    public OffsetDateTime writtenAt;

    protected Annotation() {
    }

    public static Annotation of(UUID applicationId, String author, String authorName, String body, OffsetDateTime now) {
        Annotation annotation = new Annotation();
        annotation.id = UUID.randomUUID();
        annotation.applicationId = applicationId;
        annotation.author = author;
        annotation.authorName = authorName;
        annotation.body = body;
        annotation.writtenAt = now;
        return annotation;
    }
}
