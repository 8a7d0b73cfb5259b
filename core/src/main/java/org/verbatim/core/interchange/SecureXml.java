package org.verbatim.core.interchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.validation.SchemaFactory;
import org.verbatim.core.model.InvalidInputException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The XML parser and writer factories for untrusted REFI-QDA files: no DTD at all (so no external
 * entities and no entity expansion), no external resources; a document with a DOCTYPE is refused.
 */
final class SecureXml {
  private static final XMLInputFactory INPUT = inputFactory();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private SecureXml() {}

  private static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  /**
   * Parses a whole document into elements by local name.
   *
   * @param label names the file or entry in messages
   * @throws InvalidInputException naming {@code label} and the line when the XML is malformed or
   *     declares a DTD or entities
   */
  static XmlElement parse(InputStream in, String label) {
    XMLStreamReader r = null;
    try {
      r = INPUT.createXMLStreamReader(in);
      Deque<Builder> open = new ArrayDeque<>();
      XmlElement root = null;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw new InvalidInputException(
                  label
                      + " line "
                      + r.getLocation().getLineNumber()
                      + ": declares a DOCTYPE; DTDs and entities are refused (they can read local"
                      + " files or expand without bound)");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new InvalidInputException(
                  label
                      + " line "
                      + r.getLocation().getLineNumber()
                      + ": refers to entity '"
                      + r.getLocalName()
                      + "'; entities are refused");
          case XMLStreamConstants.START_ELEMENT -> {
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            open.push(new Builder(r.getLocalName(), attributes, r.getLocation().getLineNumber()));
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().text.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlElement done = open.pop().build();
            if (open.isEmpty()) {
              root = done;
            } else {
              open.peek().children.add(done);
            }
          }
          default -> {
            // comments, processing instructions: ignored
          }
        }
      }
      if (root == null) {
        throw new InvalidInputException(label + ": no root element");
      }
      return root;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new InvalidInputException(
          label
              + (line > 0 ? " line " + line : "")
              + ": not well-formed XML ("
              + firstLine(e)
              + ")",
          e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // reading is over
        }
      }
    }
  }

  private static String firstLine(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.lastIndexOf("Message: ");
    return (nl >= 0 ? m.substring(nl + 9) : m).lines().findFirst().orElse(m).strip();
  }

  /** A UTF-8 streaming writer. */
  static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
    return OUTPUT.createXMLStreamWriter(out, "UTF-8");
  }

  /** A schema factory that reads no external DTDs and only local schema files. */
  static SchemaFactory schemaFactory() {
    // the JDK's own implementations: a Xerces or Woodstox on the classpath may ignore the limits
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("schema factory lacks secure processing", e);
    }
    return f;
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final StringBuilder text = new StringBuilder();
    final List<XmlElement> children = new ArrayList<>();

    Builder(String name, Map<String, String> attributes, int line) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
    }

    XmlElement build() {
      // mixed content is not part of REFI-QDA; an element with children keeps no text
      return new XmlElement(
          name, attributes, children, children.isEmpty() ? text.toString() : "", line);
    }
  }
}
