package fr.hautsdefrance.acte.payment;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The PES V2 schemas every PES_Aller file is checked against: the profile of the specification
 * written for the tests (src/test/resources/pes, see its README) and, when a copy of the DGFiP's
 * official schemas is dropped under pes/official, the official PES_Aller.xsd too.
 */
public final class PesSchema {

    private static final List<Schema> SCHEMAS = load();

    private PesSchema() {
    }

    /** Throws with the first violation (line, column, rule) when the file does not conform. */
    public static void validate(byte[] file) throws SAXException, IOException {
        for (Schema schema : SCHEMAS) {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
        }
    }

    /** Whether the official schemas were found beside the profile. */
    public static boolean official() {
        return SCHEMAS.size() > 1;
    }

    private static List<Schema> load() {
        List<Schema> schemas = new ArrayList<>();
        schemas.add(schema(PesSchema.class.getResource("/pes/PES_Aller-ACTE.xsd")));
        URL official = PesSchema.class.getResource("/pes/official/Rev0/PES_Aller.xsd");
        if (official != null) {
            schemas.add(schema(official));
        }
        return List.copyOf(schemas);
    }

    private static Schema schema(URL xsd) {
        if (xsd == null) {
            throw new IllegalStateException("pes/PES_Aller-ACTE.xsd is missing from the test classpath");
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
