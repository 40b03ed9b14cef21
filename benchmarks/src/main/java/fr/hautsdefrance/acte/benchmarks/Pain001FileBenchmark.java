package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.payment.domain.sepa.Pain001Writer;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Time and peak memory of one SEPA credit transfer file (pain.001.001.09) of N payments, written by
 * payment-service's streaming writer to a file on disk, then checked against ISO's schema. Not a
 * JMH benchmark: the figure wanted is the wall time of one whole file and the most memory it
 * takes, which a run with a small heap (-Xmx64m) makes plain.
 *
 * <p>Usage: {@code Pain001FileBenchmark [payments=100000] [runs=5]}; see benchmarks/pain001.sh.
 */
public final class Pain001FileBenchmark {

    private static final String[] TOWNS = {"Lens", "Liévin", "Hénin-Beaumont", "Carvin", "Arras", "Béthune", "Lille"};

    private Pain001FileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int payments = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("acte-pain001-", ".xml");
        try {
            // The first file of a fresh JVM pays for class loading, the JAXB context and the JIT: shown apart.
            long cold = System.nanoTime();
            write(payments, nowhere());
            System.out.printf("first file in a fresh JVM (to a null stream): %d ms%n", (System.nanoTime() - cold) / 1_000_000);
            long[] millis = new long[runs];
            long peakHeap = 0;
            for (int run = 0; run < runs; run++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                    write(payments, out);
                }
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                peakHeap = Math.max(peakHeap, peakHeapUsed());
                System.out.printf("run %d: %d payments in %d ms%n", run + 1, payments, millis[run]);
            }
            long validation = System.nanoTime();
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(Pain001FileBenchmark.class.getResource("/pain.001.001.09.xsd"))
                    .newValidator().validate(new StreamSource(file.toFile()));
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("file: %,d bytes, valid against pain.001.001.09.xsd (checked in %d ms)%n",
                    Files.size(file), (System.nanoTime() - validation) / 1_000_000);
            System.out.printf("time: best %d ms, median %d ms, worst %d ms over %d runs%n", sorted[0],
                    sorted[sorted.length / 2], sorted[sorted.length - 1], runs);
            System.out.printf("memory: peak heap used %.1f MiB (max heap %.0f MiB), peak resident set %s%n",
                    peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, residentPeak());
            System.out.printf("jvm: %s %s, %d processors%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One file of {@code count} transfers, generated as they are written: nothing is held in a list. */
    static void write(int count, OutputStream out) {
        BigDecimal controlSum = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            controlSum = controlSum.add(amount(i));
        }
        Pain001Writer.Party region = new Pain001Writer.Party("Région Hauts-de-France", "FR7630001007941234567890185",
                "BDFEFRPPCCT", new Pain001Writer.PostalAddress("Avenue du Président Hoover", "151", "59555", "Lille",
                "FR"));
        Pain001Writer.Header header = new Pain001Writer.Header("ACTE" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 28).toUpperCase(), OffsetDateTime.now(), "Région Hauts-de-France", "20005376700014",
                LocalDate.now().plusDays(1), region, count, controlSum);
        Pain001Writer.write(header, transfers(count), out);
    }

    static BigDecimal amount(int i) {
        // Between 1,000.00 € and 60,000.00 €, every cent value occurring.
        return BigDecimal.valueOf(100_000L + (i * 7_919L) % 5_900_001L, 2);
    }

    static Iterator<Pain001Writer.Transfer> transfers(int count) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Pain001Writer.Transfer next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                String town = TOWNS[i % TOWNS.length];
                return new Pain001Writer.Transfer(UUID.randomUUID().toString().replace("-", ""), amount(i),
                        new Pain001Writer.Party("Association coopérative n° " + i + " « Les Jardins & Cie »",
                                "FR1420041010050500013M02606", "PSSTFRPPLIL",
                                new Pain001Writer.PostalAddress("Rue de la Fosse " + (i % 20), String.valueOf(i % 200 + 1),
                                        "62300", town, "FR")),
                        "Subvention ACTE ACTE-2026-" + String.format("%06d", i % 1_000_000) + " acompte "
                                + (i % 3 + 1) + " deliberation CP-2026-12-" + (i % 500));
            }
        };
    }

    private static OutputStream nowhere() {
        return OutputStream.nullOutputStream();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap used at once. */
    static long peakHeapUsed() {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).forEach(heap::add);
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** VmHWM of the process (Linux), the most resident memory it ever had. */
    static String residentPeak() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
