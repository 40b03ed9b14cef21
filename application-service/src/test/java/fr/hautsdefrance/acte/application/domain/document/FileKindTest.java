package fr.hautsdefrance.acte.application.domain.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {

    @Test
    void formats_are_told_by_their_first_bytes() {
        assertThat(FileKind.of("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
        assertThat(FileKind.of(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).contains(FileKind.JPEG);
        assertThat(FileKind.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})).contains(FileKind.PNG);
        assertThat(FileKind.of("MZ\u0090\u0000 windows executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileKind.of("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }

    @Test
    void an_odt_is_a_zip_whose_first_entry_names_its_media_type() throws IOException {
        byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>");
        byte[] otherZip = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");

        assertThat(FileKind.of(odt)).contains(FileKind.ODT);
        assertThat(FileKind.of(otherZip)).isEmpty();
        assertThat(FileKind.of(zip("[Content_Types].xml", "<x/>", "word/document.xml", "<x/>"))).contains(FileKind.DOCX);
        assertThat(FileKind.of(zip("payload.exe", "MZ"))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "statuts.pdf                      | statuts.pdf",
            "../../etc/passwd                 | passwd.pdf",
            "C:\\Users\\moi\\RIB banque.pdf    | RIB banque.pdf",
            "rapport.exe                      | rapport.pdf",
            ".htaccess                        | htaccess.pdf",
            "...                              | document.pdf",
            "a\"b<c>d?e*.pdf                  | abcde.pdf",
            "ligne\u0001cachée.pdf            | lignecachée.pdf"})
    void file_names_keep_no_path_and_take_the_real_extension(String original, String cleaned) {
        assertThat(FileNames.clean(original, FileKind.PDF)).isEqualTo(cleaned);
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
