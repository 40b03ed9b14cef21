package fr.hautsdefrance.acte.application.domain.organisation;

import fr.hautsdefrance.acte.application.domain.document.FileKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A piece joined to a claim for the officer to check it: statutes, Kbis or RNA extract, mandate. */
@Entity
@Table(name = "organisation_claim_piece")
public class ClaimPiece extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    public UUID claimId;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;

    protected ClaimPiece() {
    }

    public static ClaimPiece of(UUID claimId, String fileName, FileKind kind, byte[] content, String sha256,
            OffsetDateTime now) {
        ClaimPiece piece = new ClaimPiece();
        piece.id = UUID.randomUUID();
        piece.claimId = claimId;
        piece.fileName = fr.hautsdefrance.acte.application.domain.document.FileNames.clean(fileName, kind);
        piece.mediaType = kind.mediaType();
        piece.sizeBytes = content.length;
        piece.sha256 = sha256;
        piece.content = content;
        piece.uploadedAt = now;
        return piece;
    }
}
