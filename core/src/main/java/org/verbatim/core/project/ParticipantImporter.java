package org.verbatim.core.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.ingest.ParticipantTables;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantRow;

/**
 * Attaches a participants table (CSV or XLSX) to a project's documents: one store transaction, no
 * re-index (search reads participants from the store), so it works beside a running server.
 */
public final class ParticipantImporter {
  private final Project project;

  public ParticipantImporter(Project project) {
    this.project = project;
  }

  /**
   * Attaches every row in one transaction, or none.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming file and line of a bad row
   * @throws org.verbatim.core.model.NotFoundException naming the row whose document is unknown
   */
  public List<Participant> attach(Path table, String actor) {
    List<ParticipantRow> rows = ParticipantTables.read(table);
    // No re-index: search resolves participant filters and labels in the store.
    return project.store().participants().attach(rows, actor);
  }

  /**
   * Attaches the rows whose document exists, in one transaction; rows naming no document are left
   * out (as {@link #preview} listed them). Nothing is written when no row matches.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming file and line of a bad row, or the
   *     file when no row names a document of the project
   */
  public List<Participant> attachMatched(Path table, String actor) {
    ParticipantPreview preview = preview(table);
    if (preview.matched().isEmpty()) {
      throw new org.verbatim.core.model.InvalidInputException(
          table.getFileName() + ": no row names a document of this project");
    }
    return project.store().participants().attach(preview.matched(), actor);
  }

  /**
   * Reads {@code table} and compares it with the project, writing nothing.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming file and line of a bad row
   */
  public ParticipantPreview preview(Path table) {
    List<ParticipantRow> rows = ParticipantTables.read(table);
    List<DocumentSummary> documents = project.store().documents().list();
    Set<String> names = new LinkedHashSet<>();
    documents.forEach(d -> names.add(d.name()));
    List<ParticipantRow> matched = new ArrayList<>();
    List<ParticipantRow> unmatched = new ArrayList<>();
    Set<String> described = new java.util.HashSet<>();
    Set<String> columns = new TreeSet<>();
    for (ParticipantRow row : rows) {
      (names.contains(row.document()) ? matched : unmatched).add(row);
      described.add(row.document());
      columns.addAll(row.attributes().keySet());
    }
    Set<String> known = new TreeSet<>();
    project.store().participants().list().forEach(p -> known.addAll(p.attributes().keySet()));
    List<String> newColumns = columns.stream().filter(c -> !known.contains(c)).toList();
    List<String> undescribed = names.stream().filter(n -> !described.contains(n)).toList();
    return new ParticipantPreview(
        matched, unmatched, undescribed, List.copyOf(columns), newColumns);
  }
}
