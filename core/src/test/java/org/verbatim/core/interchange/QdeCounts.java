package org.verbatim.core.interchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Counts taken straight from a project.qde with the JDK's DOM parser, independently of the
 * importer: text sources, codes, codings on text sources, users, and each text selection.
 */
record QdeCounts(
    int textSources, int codes, int textCodings, int users, List<QdeSelection> selections) {

  /** A coded text selection as the file states it. */
  record QdeSelection(String source, String file, long start, long end, List<String> codingGuids) {}

  static QdeCounts of(byte[] qde) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(qde)).getDocumentElement();
    List<Element> texts = byName(root, "TextSource");
    int codings = 0;
    List<QdeSelection> selections = new ArrayList<>();
    for (Element t : texts) {
      codings += byName(t, "Coding").size();
      for (Element s : byName(t, "PlainTextSelection")) {
        List<String> guids = new ArrayList<>();
        byName(s, "Coding")
            .forEach(
                c ->
                    guids.add(
                        c.getAttribute("guid")
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("{", "")
                            .replace("}", "")));
        selections.add(
            new QdeSelection(
                t.getAttribute("guid").toLowerCase(java.util.Locale.ROOT),
                fileName(t.getAttribute("plainTextPath")),
                Long.parseLong(s.getAttribute("startPosition")),
                Long.parseLong(s.getAttribute("endPosition")),
                guids));
      }
    }
    // Representations of PDF sources are TextSourceType too but named Representation: not counted
    return new QdeCounts(
        texts.size(),
        byName(root, "Code").size(),
        codings,
        byName(root, "User").size(),
        selections);
  }

  private static String fileName(String plainTextPath) {
    String p = plainTextPath.toLowerCase(java.util.Locale.ROOT);
    return p.substring(p.lastIndexOf('/') + 1);
  }

  static List<Element> byName(Element e, String localName) {
    List<Element> out = new ArrayList<>();
    var nodes = e.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      out.add((Element) n);
    }
    return out;
  }
}
