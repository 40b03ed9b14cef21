package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Time and peak memory of one PES V2 bordereau of N mandates (PES_Aller, PES_DepenseAller) written
 * by payment-service's streaming writer to a file on disk, then checked against the PES V2 profile
 * the tests use. Like {@link Pain001FileBenchmark}: a plain main, the wall time of a whole file and
 * the most heap it takes under a small -Xmx.
 *
 * <p>Usage: {@code PesBordereauBenchmark [mandates=10000] [runs=5]}; see benchmarks/pes.sh.
 */
public final class PesBordereauBenchmark {

    private static final String[] TOWNS = {"Lens", "Liévin", "Hénin-Beaumont", "Carvin", "Arras", "Béthune", "Lille"};
    static final Path PROFILE = Path.of("payment-service/src/test/resources/pes/PES_Aller-ACTE.xsd");

    private PesBordereauBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mandates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("acte-pes-", ".xml");
        try {
            long cold = System.nanoTime();
            write(mandates, OutputStream.nullOutputStream());
            System.out.printf("first file in a fresh JVM (to a null stream): %d ms%n", (System.nanoTime() - cold) / 1_000_000);
            long[] millis = new long[runs];
            long peakHeap = 0;
            for (int run = 0; run < runs; run++) {
                System.gc();
                Pain001FileBenchmark.resetPeaks();
                long start = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                    write(mandates, out);
                }
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                peakHeap = Math.max(peakHeap, Pain001FileBenchmark.peakHeapUsed());
                System.out.printf("run %d: %d mandates in %d ms%n", run + 1, mandates, millis[run]);
            }
            long validation = System.nanoTime();
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(PROFILE.toFile())
                    .newValidator().validate(new StreamSource(file.toFile()));
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("file: %,d bytes, valid against %s (checked in %d ms)%n", Files.size(file),
                    PROFILE.getFileName(), (System.nanoTime() - validation) / 1_000_000);
            System.out.printf("time: best %d ms, median %d ms, worst %d ms over %d runs%n", sorted[0],
                    sorted[sorted.length / 2], sorted[sorted.length - 1], runs);
            System.out.printf("memory: peak heap used %.1f MiB (max heap %.0f MiB), peak resident set %s%n",
                    peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                    Pain001FileBenchmark.residentPeak());
            System.out.printf("jvm: %s %s, %d processors%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One bordereau of {@code count} mandates, generated as they are written: nothing is held in a list. */
    static void write(int count, OutputStream out) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            total = total.add(Pain001FileBenchmark.amount(i));
        }
        PesAllerWriter.Header header = new PesAllerWriter.Header("ACTE-PESDEP-2026-0000001", "ACTE-RHDF",
                "acte.hautsdefrance.fr", "helios.dgfip.finances.gouv.fr", LocalDate.now(), "059000", "20005376700014",
                "001", "01", "REGION HAUTS-DE-FRANCE");
        PesAllerWriter.write(header, new PesAllerWriter.Bordereau(LocalDate.now().getYear(), 1, LocalDate.now(), count,
                total), mandates(count), out);
    }

    static Iterator<PesAllerWriter.Mandate> mandates(int count) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public PesAllerWriter.Mandate next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                String reference = "ACTE-2026-" + String.format("%06d", i % 1_000_000);
                return new PesAllerWriter.Mandate(i + 1, "Subvention ACTE " + reference + " - acompte " + (i % 3 + 1)
                        + " - deliberation CP-2026-12-" + (i % 500) + " ENG-2026-" + String.format("%06d", i),
                        "6574", "61", "ACTE " + reference + " acompte", "Deliberation CP-2026-12-" + (i % 500),
                        Pain001FileBenchmark.amount(i), new PesAllerWriter.Creditor("12345678200017", reference, "50",
                        i % 2 == 0 ? "06" : "03", "Association coopérative n° " + i + " « Les Jardins & Cie »",
                        (i % 200 + 1) + " Rue de la Fosse " + (i % 20), "62300", TOWNS[i % TOWNS.length],
                        "PSSTFRPPLIL", "FR1420041010050500013M02606", "Association Les Jardins n° " + i));
            }
        };
    }
}
