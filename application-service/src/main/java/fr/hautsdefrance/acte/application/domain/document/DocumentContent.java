package fr.hautsdefrance.acte.application.domain.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of a document, apart from its description so that lists never load files. */
@Entity
@Table(name = "document_content")
public class DocumentContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false, updatable = false)
    public byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(UUID documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }
}
