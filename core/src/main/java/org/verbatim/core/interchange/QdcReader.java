package org.verbatim.core.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.core.interchange.RefiProject.CodeNode;
import org.verbatim.core.interchange.RefiProject.RefiSet;
import org.verbatim.core.model.InvalidInputException;

/**
 * Reads a {@code .qdc} codebook (any namespace variant: matched on local names): its code tree and
 * its Sets, whose members are {@code MemberCode@guid} (or {@code @targetGUID}, as some tools
 * write).
 */
final class QdcReader {
  /** A codebook as read: its origin, code tree and sets. */
  record RefiCodebook(String origin, List<CodeNode> codes, List<RefiSet> sets) {}

  private static final long MAX_BYTES = 256L << 20;

  /**
   * @throws InvalidInputException naming the file and line at fault
   */
  RefiCodebook read(Path file) {
    String label = String.valueOf(file.getFileName());
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidInputException(file + ": over " + MAX_BYTES + " bytes; not a codebook");
      }
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    XmlElement root;
    try (InputStream in = Files.newInputStream(file)) {
      root = SecureXml.parse(in, label);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (!root.name().equals("CodeBook")) {
      throw new InvalidInputException(
          label + ": root element is <" + root.name() + ">, not a REFI-QDA <CodeBook>");
    }
    Set<String> seen = new HashSet<>();
    List<CodeNode> codes = codes(root.within("Codes", "Code"), label, seen);
    List<RefiSet> sets = new ArrayList<>();
    Set<String> setGuids = new HashSet<>();
    for (XmlElement s : root.within("Sets", "Set")) {
      String g = guid(s, s.attributeOrEmpty("guid"), label);
      if (!setGuids.add(g)) {
        throw new InvalidInputException(
            label + " line " + s.line() + ": duplicate GUID " + g + " on <Set>");
      }
      List<String> members = new ArrayList<>();
      for (XmlElement m : s.all("MemberCode")) {
        String target =
            guid(m, m.attribute("guid").orElse(m.attributeOrEmpty("targetGUID")), label);
        if (!seen.contains(target)) {
          throw new InvalidInputException(
              label
                  + " line "
                  + m.line()
                  + ": set '"
                  + s.attributeOrEmpty("name")
                  + "' names unknown code "
                  + target);
        }
        members.add(target);
      }
      sets.add(
          new RefiSet(
              g, s.attributeOrEmpty("name"), s.childText("Description"), members, List.of()));
    }
    return new RefiCodebook(root.attributeOrEmpty("origin"), codes, sets);
  }

  private static List<CodeNode> codes(List<XmlElement> elements, String label, Set<String> seen) {
    List<CodeNode> out = new ArrayList<>();
    for (XmlElement c : elements) {
      String g = guid(c, c.attributeOrEmpty("guid"), label);
      if (!seen.add(g)) {
        throw new InvalidInputException(
            label
                + " line "
                + c.line()
                + ": duplicate GUID "
                + g
                + " on code '"
                + c.attributeOrEmpty("name")
                + "'");
      }
      out.add(
          new CodeNode(
              g,
              c.attributeOrEmpty("name"),
              c.attributeOrEmpty("color"),
              c.childText("Description"),
              !c.attributeOrEmpty("isCodable").strip().equalsIgnoreCase("false"),
              codes(c.all("Code"), label, seen)));
    }
    return out;
  }

  private static String guid(XmlElement e, String raw, String label) {
    return RefiGuid.normalise(raw)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    label
                        + " line "
                        + e.line()
                        + ": <"
                        + e.name()
                        + "> has no valid GUID ('"
                        + raw
                        + "')"));
  }
}
