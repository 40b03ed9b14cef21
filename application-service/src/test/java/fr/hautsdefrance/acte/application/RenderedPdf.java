package fr.hautsdefrance.acte.application;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF as its reader sees it: each page rendered to PNG (kept under target/rendered-pdf to be looked
 * at) and read back by optical character recognition (Tesseract, French), so a text the renderer drops
 * (a missing glyph, a clipped line, white on white) fails the test even when the PDF's text layer has
 * it. Without Tesseract the pages are still rendered and checked for ink, and the reading is skipped,
 * saying why; CI installs it and requires it ({@code -Dacte.ocr.required=true}).
 */
public final class RenderedPdf {

    private static final Path RENDERED = Path.of("target/rendered-pdf");
    private static final int DPI = 200;

    private RenderedPdf() {
    }

    /** Renders {@code pdf} as {@code name}-N.png and asserts that the pages read show every text. */
    public static void assertShows(String name, byte[] pdf, String... texts) {
        List<Path> pages = render(name, pdf);
        if (!tesseractAvailable()) {
            String missing = "Tesseract (apt-get install tesseract-ocr tesseract-ocr-fra) is needed to read the "
                    + "rendered pages of " + name;
            if (Boolean.getBoolean("acte.ocr.required") || System.getenv("CI") != null) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
        StringBuilder read = new StringBuilder();
        pages.forEach(page -> read.append(ocr(page)).append('\n'));
        String seen = comparable(read.toString());
        for (String text : texts) {
            assertThat(seen).as("%s as rendered (pages under %s) shows « %s »; read:%n%s", name, RENDERED, text, read)
                    .contains(comparable(text));
        }
    }

    private static List<Path> render(String name, byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(RENDERED);
            PDFRenderer renderer = new PDFRenderer(document);
            List<Path> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                assertThat(inkedShare(image)).as("page %d of %s has ink on it", i + 1, name).isGreaterThan(0.001);
                Path page = RENDERED.resolve(name + "-" + (i + 1) + ".png");
                ImageIO.write(image, "png", page.toFile());
                pages.add(page);
            }
            assertThat(pages).as("pages of %s", name).isNotEmpty();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    inked++;
                }
            }
        }
        return inked / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    private static String ocr(Path page) {
        try {
            Process tesseract = new ProcessBuilder("tesseract", page.toString(), "stdout", "-l", "fra")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(tesseract.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tesseract.waitFor(60, TimeUnit.SECONDS) || tesseract.exitValue() != 0) {
                throw new IllegalStateException("Tesseract could not read " + page);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spaces (thin, non-breaking, line breaks) and case do not change what a reader reads. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0\\u202f]+", "")
                .replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static boolean tesseractAvailable() {
        try {
            Process probe = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String langs = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return probe.waitFor() == 0 && langs.lines().anyMatch("fra"::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
