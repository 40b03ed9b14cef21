package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.service.DocumentService;
import fr.hautsdefrance.acte.application.service.Texts;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/v1/applications/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
@Tag(name = "Documents")
public class DocumentResource {

    private final DocumentService documents;
    private final Texts texts;

    @Inject
    public DocumentResource(DocumentService documents, Texts texts) {
        this.documents = documents;
        this.texts = texts;
    }

    public record DocumentView(UUID id, DocumentType type, String typeLabel, String fileName, String mediaType,
            long sizeBytes, String sha256, OffsetDateTime uploadedAt) {

        static DocumentView of(Document d, Texts texts) {
            return new DocumentView(d.id, d.type, texts.documentType(d.type), d.fileName, d.mediaType, d.sizeBytes, d.sha256,
                    d.uploadedAt);
        }
    }

    @POST
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Join a piece (PDF, JPEG, PNG, ODT or DOCX, 10 MB at most), checked by its content")
    @APIResponseSchema(value = DocumentView.class, responseCode = "201",
            responseDescription = "La pièce jointe ; Location donne son adresse")
    public Response upload(@PathParam("id") UUID id, @RestForm("type") String type, @RestForm("file") FileUpload file,
            @Context UriInfo uri) {
        if (file == null) {
            throw ProblemException.invalidField("file", "Choisissez le fichier à joindre.");
        }
        Document document = documents.upload(id, documentType(type), file.fileName(), Uploads.read(file));
        return Response.created(uri.getAbsolutePathBuilder().path(document.id.toString()).build())
                .entity(DocumentView.of(document, texts)).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Join several pieces at once, all or none: one `type` part per `file` part, in the same order")
    @APIResponseSchema(value = DocumentView[].class, responseCode = "201",
            responseDescription = "Les pièces jointes, dans l'ordre des fichiers")
    public Response uploadAll(@PathParam("id") UUID id, @RestForm("type") List<String> types,
            @RestForm("file") List<FileUpload> files, @Context UriInfo uri) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalidField("file", "Choisissez les fichiers à joindre.");
        }
        if (types == null || types.size() != files.size()) {
            throw ProblemException.invalidField("type", "Indiquez le type de chaque pièce, un par fichier et dans le "
                    + "même ordre (" + files.size() + " fichiers, " + (types == null ? 0 : types.size()) + " types).");
        }
        List<DocumentService.NewDocument> pieces = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            pieces.add(new DocumentService.NewDocument(documentType(types.get(i)), files.get(i).fileName(),
                    Uploads.read(files.get(i))));
        }
        List<DocumentView> stored = documents.uploadAll(id, pieces).stream().map(d -> DocumentView.of(d, texts)).toList();
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/applications/{id}/documents").build(id))
                .entity(stored).build();
    }

    @GET
    @Operation(summary = "The file's pieces")
    public List<DocumentView> list(@PathParam("id") UUID id) {
        return documents.list(id).stream().map(d -> DocumentView.of(d, texts)).toList();
    }

    @GET
    @Path("/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a piece")
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        DocumentService.Download download = documents.download(id, documentId);
        return Attachments.of(download.content(), download.document().mediaType, download.document().fileName);
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Remove a piece from a draft")
    @APIResponse(responseCode = "204", description = "La pièce est retirée du brouillon")
    public Response delete(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        documents.delete(id, documentId);
        return Response.noContent().build();
    }

    private static DocumentType documentType(String type) {
        try {
            return DocumentType.valueOf(type == null ? "" : type.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", "Type de pièce inconnu ; valeurs possibles : "
                    + Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
