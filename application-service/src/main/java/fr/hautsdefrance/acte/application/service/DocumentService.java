package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.document.DocumentContent;
import fr.hautsdefrance.acte.application.domain.document.FileKind;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** The pieces of a file: checked by content, fingerprinted, stored under a key the server chooses. */
@ApplicationScoped
public class DocumentService {

    /** 10 MB: a scanned statute or a year's accounts; the HTTP layer refuses bigger bodies first. */
    public static final long MAX_SIZE = 10L * 1024 * 1024;

    private final Access access;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public DocumentService(Access access, AuditTrail audit, CurrentUser user, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public record Download(Document document, byte[] content) {
    }

    /** A piece as the applicant sends it. */
    public record NewDocument(DocumentType type, String fileName, byte[] content) {
    }

    /**
     * Adds a piece while the file is a draft or while the Region is waiting for information; the
     * evidence of a payment request (invoices, statements) once the agreement is signed, the same
     * content joined twice (a form sent again) kept once.
     */
    @Transactional
    public Document upload(UUID applicationId, DocumentType type, String fileName, byte[] content) {
        return uploadAll(applicationId, List.of(new NewDocument(type, fileName, content))).get(0);
    }

    /**
     * Adds several pieces at once, all or none, under the same conditions: the trail records the
     * group as one entry listing each piece and its fingerprint.
     */
    @Transactional
    public List<Document> uploadAll(UUID applicationId, List<NewDocument> pieces) {
        Application application = access.asMember(applicationId);
        if (pieces.isEmpty()) {
            throw ProblemException.invalidField("file", "Choisissez le fichier à joindre.");
        }
        for (NewDocument piece : pieces) {
            ensureAccepts(application, piece.type());
        }
        List<Document> stored = new ArrayList<>();
        List<DocumentTrace> traces = new ArrayList<>();
        for (NewDocument piece : pieces) {
            StoredPiece kept = store(applicationId, piece, pieces.size() > 1);
            stored.add(kept.document());
            if (kept.added()) {
                Document d = kept.document();
                traces.add(new DocumentTrace(d.id, d.type, d.fileName, d.sha256));
            }
        }
        if (traces.size() == 1) {
            audit.record(application, user.subject(), "DOCUMENT_ADDED", null, traces.get(0));
        } else if (!traces.isEmpty()) {
            audit.record(application, user.subject(), "DOCUMENTS_ADDED", null, traces);
        }
        return stored;
    }

    private static void ensureAccepts(Application application, DocumentType type) {
        if (type == DocumentType.EXPENSE_EVIDENCE) {
            if (application.status() != ApplicationStatus.AGREEMENT_SIGNED) {
                throw ProblemException.conflict("documents-locked", "Les justificatifs de dépenses se joignent à une "
                        + "demande de versement, une fois la convention signée par les deux parties et tant que la "
                        + "subvention n'est pas soldée.");
            }
        } else if (application.status() != ApplicationStatus.DRAFT
                && application.status() != ApplicationStatus.INFO_REQUESTED) {
            throw ProblemException.conflict("documents-locked", "Les pièces ne peuvent être ajoutées qu'au brouillon, "
                    + "ou en réponse à une demande de la Région.");
        }
    }

    private record StoredPiece(Document document, boolean added) {
    }

    private StoredPiece store(UUID applicationId, NewDocument piece, boolean namedInMessages) {
        byte[] content = piece.content();
        FileKind kind = acceptedKind(content, namedInMessages ? "« " + piece.fileName() + " » : " : "");
        String fingerprint = sha256(content);
        if (piece.type() == DocumentType.EXPENSE_EVIDENCE) {
            Document joined = Document.<Document>find("applicationId = ?1 and type = ?2 and sha256 = ?3", applicationId,
                    piece.type(), fingerprint).firstResult();
            if (joined != null) {
                return new StoredPiece(joined, false);
            }
        }
        Document document = Document.of(applicationId, piece.type(), piece.fileName(), kind, content.length,
                fingerprint, user.subject(), OffsetDateTime.now(clock));
        document.persist();
        new DocumentContent(document.id, content).persist();
        return new StoredPiece(document, true);
    }

    public List<Document> list(UUID applicationId) {
        access.readable(applicationId);
        return Document.list("applicationId", Sort.ascending("uploadedAt"), applicationId);
    }

    public Download download(UUID applicationId, UUID documentId) {
        access.readable(applicationId);
        Document document = Document.<Document>find("id = ?1 and applicationId = ?2", documentId, applicationId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Aucune pièce " + documentId
                        + " dans ce dossier."));
        DocumentContent content = DocumentContent.findById(documentId);
        return new Download(document, content.content);
    }

    @Transactional
    public void delete(UUID applicationId, UUID documentId) {
        Application application = access.asMember(applicationId);
        application.ensureEditable();
        Document document = Document.<Document>find("id = ?1 and applicationId = ?2", documentId, applicationId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Aucune pièce " + documentId
                        + " dans ce dossier."));
        DocumentContent.deleteById(documentId);
        document.delete();
        audit.record(application, user.subject(), "DOCUMENT_REMOVED",
                new DocumentTrace(document.id, document.type, document.fileName, document.sha256), null);
    }

    /**
     * The kind of a piece the platform accepts, read from its content (not its name): refused when
     * empty, over {@link #MAX_SIZE} or of another kind; {@code which} names the file in a group.
     */
    public static FileKind acceptedKind(byte[] content, String which) {
        if (content.length == 0) {
            throw ProblemException.invalidField("file", which + "Le fichier est vide.");
        }
        if (content.length > MAX_SIZE) {
            throw new ProblemException(413, "file-too-large", "Fichier trop volumineux", which + "Le fichier dépasse "
                    + "10 Mo : réduisez-le (PDF compressé, image moins définie) avant de le joindre.", List.of());
        }
        return FileKind.of(content).orElseThrow(() -> ProblemException.invalidField("file", which
                + "Ce fichier n'est pas un PDF, une image JPEG ou PNG, ni un document ODT ou DOCX (son contenu a été "
                + "vérifié, pas seulement son nom)."));
    }

    record DocumentTrace(UUID documentId, DocumentType type, String fileName, String sha256) {
    }

    /** The fingerprint the trail and the pieces keep. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
