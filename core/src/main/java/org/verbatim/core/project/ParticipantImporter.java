package org.verbatim.core.project;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.ingest.ParticipantCsvReader;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantRow;

/** Attaches a participants table to a project's documents and re-indexes them for filtering. */
public final class ParticipantImporter {
  private static final int INDEX_BATCH = 64;

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
  public List<Participant> attach(Path csv, String actor) {
    List<ParticipantRow> rows = new ParticipantCsvReader().read(csv);
    // should the process die between the store commit and the index update, the next open
    // re-indexes these documents with their new participants
    project
        .store()
        .documents()
        .markNotIndexed(
            rows.stream()
                .flatMap(r -> project.store().documents().byName(r.document()).stream())
                .map(d -> d.id())
                .toList());
    List<Participant> attached = project.store().participants().attach(rows, actor);
    for (ParticipantRow row : rows) {
      project
          .store()
          .documents()
          .byName(row.document())
          .ifPresent(d -> project.indexDocument(d.id()));
    }
    return attached;
  }
}
