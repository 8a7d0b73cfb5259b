package org.verbatim.core.project;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.ingest.ParticipantCsvReader;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantRow;

/**
 * Attaches a participants table to a project's documents: one store transaction, no re-index
 * (search reads participants from the store), so it works beside a running server.
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
  public List<Participant> attach(Path csv, String actor) {
    List<ParticipantRow> rows = new ParticipantCsvReader().read(csv);
    // No re-index: search resolves participant filters and labels in the store.
    return project.store().participants().attach(rows, actor);
  }
}
