package fr.hautsdefrance.acte.payment.domain.sepa;

import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Lets JAXB write fragments of the ISO 20022 model into a document whose default namespace is the
 * message's: the model's classes are shared by every message version and carry no namespace, so
 * every element is written unprefixed (inheriting the document's namespace) and JAXB's own
 * namespace declarations are dropped.
 */
final class NamespaceForcingWriter implements XMLStreamWriter {

    private final XMLStreamWriter out;

    NamespaceForcingWriter(XMLStreamWriter out) {
        this.out = out;
    }

    @Override
    public void writeStartElement(String localName) throws XMLStreamException {
        out.writeStartElement(localName);
    }

    @Override
    public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
        out.writeStartElement(localName);
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        out.writeStartElement(localName);
    }

    @Override
    public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
        out.writeEmptyElement(localName);
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        out.writeEmptyElement(localName);
    }

    @Override
    public void writeEmptyElement(String localName) throws XMLStreamException {
        out.writeEmptyElement(localName);
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        out.writeEndElement();
    }

    @Override
    public void writeEndDocument() {
        // A fragment: the document is closed by its owner.
    }

    @Override
    public void close() {
        // The underlying writer belongs to the file being written.
    }

    @Override
    public void flush() throws XMLStreamException {
        out.flush();
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        out.writeAttribute(localName, value);
    }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value)
            throws XMLStreamException {
        out.writeAttribute(localName, value);
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        out.writeAttribute(localName, value);
    }

    @Override
    public void writeNamespace(String prefix, String namespaceURI) {
        // The document declares the only namespace once, on its root.
    }

    @Override
    public void writeDefaultNamespace(String namespaceURI) {
        // Same.
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        out.writeComment(data);
    }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException {
        out.writeProcessingInstruction(target);
    }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        out.writeProcessingInstruction(target, data);
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        out.writeCharacters(data);
    }

    @Override
    public void writeDTD(String dtd) {
        // Never in a fragment.
    }

    @Override
    public void writeEntityRef(String name) throws XMLStreamException {
        out.writeEntityRef(name);
    }

    @Override
    public void writeStartDocument() {
        // A fragment.
    }

    @Override
    public void writeStartDocument(String version) {
        // A fragment.
    }

    @Override
    public void writeStartDocument(String encoding, String version) {
        // A fragment.
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        out.writeCharacters(text);
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
        out.writeCharacters(text, start, len);
    }

    @Override
    public String getPrefix(String uri) {
        return "";
    }

    @Override
    public void setPrefix(String prefix, String uri) {
        // Ignored, see the class comment.
    }

    @Override
    public void setDefaultNamespace(String uri) {
        // Ignored, see the class comment.
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) {
        // Ignored, see the class comment.
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return out.getNamespaceContext();
    }

    @Override
    public Object getProperty(String name) {
        return out.getProperty(name);
    }
}
