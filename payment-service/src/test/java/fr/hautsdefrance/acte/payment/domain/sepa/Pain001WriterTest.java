package fr.hautsdefrance.acte.payment.domain.sepa;

import fr.hautsdefrance.acte.payment.Pain001Schema;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pain001WriterTest {

    static final Pain001Writer.Party REGION = new Pain001Writer.Party("Région Hauts-de-France",
            "FR7630001007941234567890185", "BDFEFRPPCCT",
            new Pain001Writer.PostalAddress("Avenue du Président Hoover", "151", "59555", "Lille", "FR"));

    static Pain001Writer.Transfer transfer(String amount) {
        return new Pain001Writer.Transfer(UUID.randomUUID().toString().replace("-", ""), new BigDecimal(amount),
                new Pain001Writer.Party("Société coopérative « Les Jardins & Cie »", "FR1420041010050500013M02606",
                        "PSSTFRPPLIL", new Pain001Writer.PostalAddress("Rue de la Fosse 9", "12 bis", "62300",
                        "Lens", "FR")),
                "ACTE-2026-000123 avance CP-2026-12-045");
    }

    static Pain001Writer.Header header(int count, String sum) {
        return new Pain001Writer.Header("ACTE0123456789ABCDEF0123456789", OffsetDateTime.parse("2026-12-15T10:15:30.123+01:00"),
                "Région Hauts-de-France", "20005376700014", LocalDate.of(2026, 12, 16), REGION, count, new BigDecimal(sum));
    }

    static byte[] write(Pain001Writer.Header header, List<Pain001Writer.Transfer> transfers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer.write(header, transfers.iterator(), out);
        return out.toByteArray();
    }

    @Test
    void a_file_of_three_transfers_conforms_to_the_iso_schema_with_consistent_count_and_control_sum() throws Exception {
        List<Pain001Writer.Transfer> transfers = List.of(transfer("9000.00"), transfer("1234.56"), transfer("0.01"));

        byte[] file = write(header(3, "10234.57"), transfers);

        Pain001Schema.validate(file);
        Document xml = parse(file);
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(Pain001Writer.NAMESPACE);
        assertThat(texts(xml, "NbOfTxs")).containsExactly("3", "3");
        assertThat(texts(xml, "CtrlSum")).containsExactly("10234.57", "10234.57");
        assertThat(texts(xml, "EndToEndId")).containsExactlyElementsOf(
                transfers.stream().map(Pain001Writer.Transfer::endToEndId).toList());
        assertThat(texts(xml, "InstdAmt")).containsExactly("9000.00", "1234.56", "0.01");
        assertThat(texts(xml, "SvcLvl")).containsExactly("SEPA");
        assertThat(texts(xml, "ChrgBr")).containsExactly("SLEV");
        assertThat(texts(xml, "ReqdExctnDt")).containsExactly("2026-12-16");
        assertThat(texts(xml, "CreDtTm").get(0)).startsWith("2026-12-15T09:15:30");
    }

    @Test
    void addresses_are_structured_and_texts_use_the_sepa_character_set() throws Exception {
        byte[] file = write(header(1, "5000.00"), List.of(transfer("5000.00")));

        Document xml = parse(file);
        Element creditor = (Element) xml.getElementsByTagNameNS(Pain001Writer.NAMESPACE, "Cdtr").item(0);
        assertThat(text(creditor, "Nm")).isEqualTo("Societe cooperative Les Jardins + Cie");
        assertThat(text(creditor, "StrtNm")).isEqualTo("Rue de la Fosse 9");
        assertThat(text(creditor, "BldgNb")).isEqualTo("12 bis");
        assertThat(text(creditor, "PstCd")).isEqualTo("62300");
        assertThat(text(creditor, "TwnNm")).isEqualTo("Lens");
        assertThat(text(creditor, "Ctry")).isEqualTo("FR");
        assertThat(creditor.getElementsByTagNameNS(Pain001Writer.NAMESPACE, "AdrLine").getLength()).isZero();
        Element debtor = (Element) xml.getElementsByTagNameNS(Pain001Writer.NAMESPACE, "Dbtr").item(0);
        assertThat(text(debtor, "Nm")).isEqualTo("Region Hauts-de-France");
        assertThat(texts(xml, "Ustrd")).containsExactly("ACTE-2026-000123 avance CP-2026-12-045");
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("xmlns=\"\"");
    }

    @Test
    void a_header_that_does_not_match_the_transfers_is_refused() {
        assertThatThrownBy(() -> write(header(2, "100.00"), List.of(transfer("100.00"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("announces 2 transfers");
        assertThatThrownBy(() -> write(header(1, "100.01"), List.of(transfer("100.00"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("100.01");
    }

    @Test
    void a_zero_transfer_never_reaches_a_file() {
        assertThatThrownBy(() -> write(header(1, "0.00"), List.of(transfer("0.00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ten_thousand_transfers_stream_into_a_valid_file() throws Exception {
        int count = 10_000;
        Iterator<Pain001Writer.Transfer> generated = IntStream.range(0, count)
                .mapToObj(i -> transfer(BigDecimal.valueOf(100_000 + i, 2).toPlainString())).iterator();
        BigDecimal sum = IntStream.range(0, count).mapToObj(i -> BigDecimal.valueOf(100_000 + i, 2))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Pain001Writer.write(header(count, sum.toPlainString()), generated, out);

        Pain001Schema.validate(out.toByteArray());
        assertThat(texts(parse(out.toByteArray()), "EndToEndId")).hasSize(count).doesNotHaveDuplicates();
    }

    @Test
    void the_caller_keeps_its_stream_open() {
        List<String> events = new ArrayList<>();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void close() {
                events.add("closed");
            }
        };
        Pain001Writer.write(header(1, "10.00"), List.of(transfer("10.00")).iterator(), out);
        assertThat(events).isEmpty();
    }

    @Test
    void the_schema_check_itself_rejects_a_broken_file() {
        byte[] file = write(header(1, "10.00"), List.of(transfer("10.00")));
        byte[] broken = new String(file, java.nio.charset.StandardCharsets.UTF_8).replace("<PmtMtd>TRF</PmtMtd>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Pain001Schema.validate(broken)).isInstanceOf(SAXException.class);
    }

    static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    static List<String> texts(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagNameNS(Pain001Writer.NAMESPACE, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    static String text(Element parent, String element) {
        return parent.getElementsByTagNameNS(Pain001Writer.NAMESPACE, element).item(0).getTextContent();
    }
}
