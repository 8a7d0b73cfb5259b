package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed REFI-QDA file, by local name (namespace variants are ignored), with its
 * attributes, child elements, text content and the line it started on (for messages).
 */
record XmlElement(
    String name, Map<String, String> attributes, List<XmlElement> children, String text, int line) {

  Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /** The attribute's value, or "" when absent. */
  String attributeOrEmpty(String key) {
    return attributes.getOrDefault(key, "");
  }

  /** Child elements named {@code childName}, in document order. */
  List<XmlElement> all(String childName) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  Optional<XmlElement> first(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Children of the container child {@code container} named {@code childName}. */
  List<XmlElement> within(String container, String childName) {
    return first(container).map(c -> c.all(childName)).orElse(List.of());
  }

  /** The text of child {@code childName}, or "". */
  String childText(String childName) {
    return first(childName).map(XmlElement::text).orElse("");
  }
}
