package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;

/**
 * Writes the code tree as nested {@code <Code>} elements: every code codable, its colour, its
 * definition as Description; {@code extra} adds what a project puts inside a code (NoteRefs) after
 * the Description.
 */
final class CodeTreeXml {
  private final Map<Optional<CodeId>, List<Code>> children = new HashMap<>();
  private final ExportGuids guids;

  CodeTreeXml(List<Code> codes, ExportGuids guids) {
    this.guids = guids;
    for (Code c : codes) {
      children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
    }
  }

  void write(XmlOut x, Consumer<Code> extra) {
    write(x, Optional.empty(), extra);
  }

  private void write(XmlOut x, Optional<CodeId> parent, Consumer<Code> extra) {
    for (Code c : children.getOrDefault(parent, List.of())) {
      x.open(
          "Code",
          "guid",
          guids.of(GuidKinds.CODE, c.id().value()),
          "name",
          c.name(),
          "isCodable",
          "true",
          "color",
          c.colour());
      if (!c.definition().isEmpty()) {
        x.textElement("Description", c.definition());
      }
      extra.accept(c);
      write(x, Optional.of(c.id()), extra);
      x.close("Code");
    }
  }
}
