package fr.hautsdefrance.acte.payment;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/** ISO 20022's own schema of pain.001.001.09 (shipped inside a test dependency), every file is checked against. */
public final class Pain001Schema {

    private static final Schema SCHEMA = load();

    private Pain001Schema() {
    }

    /** Throws with the first violation (line, column, rule) when the file does not conform. */
    public static void validate(byte[] file) throws SAXException, IOException {
        SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    public static void validate(InputStream file) throws SAXException, IOException {
        SCHEMA.newValidator().validate(new StreamSource(file));
    }

    private static Schema load() {
        URL xsd = Pain001Schema.class.getResource("/pain.001.001.09.xsd");
        if (xsd == null) {
            throw new IllegalStateException("pain.001.001.09.xsd is missing from the test classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
