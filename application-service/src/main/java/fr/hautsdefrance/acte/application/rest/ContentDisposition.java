package fr.hautsdefrance.acte.application.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download header no file name can break: ASCII fallback plus the RFC 5987 UTF-8 form. */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
