package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.store.ProjectStore;

/** Table 1 of a project: its participants ({@link ParticipantsTable}). */
final class ParticipantsExport {
  private ParticipantsExport() {}

  static ExportDocument document(ProjectStore store, ExportOptions options) {
    ExportTable table =
        ParticipantsTable.build(store.participants().list(), options.by(), options.medianAndIqr());
    List<String> facts = new ArrayList<>();
    facts.add(store.participants().list().size() + " participants");
    options.by().ifPresent(b -> facts.add("Split by " + b));
    return ExportDocument.of(table, facts);
  }
}
