package fr.hautsdefrance.acte.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/** An actor of the cooperation besides the applicant (partenaire de la coopération). */
@Embeddable
public class Partner {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerCategory category;

    /** What the partner brings to the cooperation. */
    public String role;

    /** The partner's letter of commitment, among the file's documents. */
    @Column(name = "commitment_document_id")
    public UUID commitmentDocumentId;

    protected Partner() {
    }

    public Partner(String name, PartnerCategory category, String role, UUID commitmentDocumentId) {
        this.name = name;
        this.category = category;
        this.role = role;
        this.commitmentDocumentId = commitmentDocumentId;
    }
}
