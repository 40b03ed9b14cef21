package fr.hautsdefrance.acte.application.domain.document;

import fr.hautsdefrance.acte.application.domain.DocumentType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A piece of a file. Its storage key is its id, chosen by the server; the name the applicant gave
 * is kept, cleaned, for display and download only.
 */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DocumentType type;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;

    protected Document() {
    }

    public static Document of(UUID applicationId, DocumentType type, String fileName, FileKind kind, long size,
            String sha256, String uploadedBy, OffsetDateTime now) {
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.applicationId = applicationId;
        document.type = type;
        document.fileName = FileNames.clean(fileName, kind);
        document.mediaType = kind.mediaType();
        document.sizeBytes = size;
        document.sha256 = sha256;
        document.uploadedBy = uploadedBy;
        document.uploadedAt = now;
        return document;
    }
}
