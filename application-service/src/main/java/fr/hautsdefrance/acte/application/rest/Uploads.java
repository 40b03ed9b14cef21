package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.service.DocumentService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** A file sent to the API, read once its size is known to be one the platform keeps. */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(FileUpload file) {
        if (file.size() > DocumentService.MAX_SIZE) {
            throw new ProblemException(413, "file-too-large", "Fichier trop volumineux", "Le fichier dépasse 10 Mo : "
                    + "réduisez-le avant de le joindre.", List.of());
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
