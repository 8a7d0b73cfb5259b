package org.verbatim.core.interchange;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verbatim.core.export.TextFilter;

/** A thin, unchecked wrapper over a streaming XML writer in one default namespace. */
final class XmlOut implements AutoCloseable {
  private final XMLStreamWriter w;
  private final String namespace;
  private final TextFilter text;

  XmlOut(OutputStream out, String namespace) {
    this(out, namespace, TextFilter.NONE);
  }

  /** Passes every text element and every {@code name} attribute through {@code text}. */
  XmlOut(OutputStream out, String namespace, TextFilter text) {
    this.namespace = namespace;
    this.text = text;
    try {
      this.w = SecureXml.writer(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens an element with attributes given as name, value pairs; null values are left out. */
  XmlOut open(String name, String... attributes) {
    try {
      // unprefixed children inherit the root's default namespace
      w.writeStartElement(name);
      attrs(attributes);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens the root element, declaring the namespace once. */
  XmlOut root(String name, String... attributes) {
    try {
      w.writeStartElement(name);
      w.writeDefaultNamespace(namespace);
      attrs(attributes);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut empty(String name, String... attributes) {
    try {
      w.writeEmptyElement(name);
      attrs(attributes);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut textElement(String name, String text) {
    try {
      w.writeStartElement(name);
      w.writeCharacters(XmlText.clean(this.text.apply(text)));
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut close(String ignoredName) {
    try {
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void attrs(String... attributes) throws XMLStreamException {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        String value = attributes[i + 1];
        // names carry people and places; GUIDs, dates and positions never do
        w.writeAttribute(
            attributes[i], XmlText.clean(attributes[i].equals("name") ? text.apply(value) : value));
      }
    }
  }

  @Override
  public void close() {
    try {
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
