package fr.hautsdefrance.acte.application.domain.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file formats a file may hold, recognised by their content (magic bytes), never by the name or
 * the type the sender claims: an executable renamed "statuts.pdf" is refused.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Entries read to tell ODT from DOCX; an archive with more is not a plain office document. */
    private static final int MAX_ENTRIES_READ = 2000;

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind of {@code content}, or empty when it is none of the accepted formats. */
    public static Optional<FileKind> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    /**
     * ODT: first entry "mimetype" holding the ODT media type. DOCX: "[Content_Types].xml" and
     * "word/document.xml". Only entry names and the tiny mimetype entry are read, never inflated
     * content, so a zip bomb costs nothing.
     */
    private static Optional<FileKind> officeDocument(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int read = 0;
            while ((entry = zip.getNextEntry()) != null && read++ < MAX_ENTRIES_READ) {
                if (read == 1 && entry.getName().equals("mimetype")) {
                    byte[] mimetype = zip.readNBytes(100);
                    if (new String(mimetype, StandardCharsets.US_ASCII).equals(ODT.mediaType)) {
                        return Optional.of(ODT);
                    }
                }
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return names.contains("[Content_Types].xml") && names.contains("word/document.xml")
                ? Optional.of(DOCX) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
