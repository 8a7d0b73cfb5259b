package org.verbatim.server.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.core.imports.TranscriptPreview;
import org.verbatim.core.ingest.SpeakerCounts;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.ParticipantPreview;

/** The JSON of the import routes: one record per shape, built from core values. */
final class ImportViews {
  private ImportViews() {}

  /** A speaker and its turns, in order of first appearance. */
  record SpeakerView(String name, int turns) {}

  /** The speakers of a transcript, with the one line the command line prints. */
  record SpeakersView(List<SpeakerView> speakers, int unlabelled, String summary) {
    static SpeakersView of(SpeakerCounts c) {
      List<SpeakerView> list = new ArrayList<>();
      c.counts().forEach((name, n) -> list.add(new SpeakerView(name, n)));
      return new SpeakersView(list, c.unlabelled(), c.describe());
    }
  }

  record ImportedView(
      String file,
      long id,
      String name,
      String language,
      int words,
      int turns,
      SpeakersView speakers) {
    static ImportedView of(Path file, ImportOutcome o) {
      DocumentSummary d = o.document().orElseThrow();
      return new ImportedView(
          String.valueOf(file.getFileName()),
          d.id().value(),
          d.name(),
          d.language().code(),
          d.words(),
          d.turns(),
          SpeakersView.of(o.speakers().orElseThrow()));
    }
  }

  record PreviewView(
      String file, String name, String language, String format, int turns, SpeakersView speakers) {
    static PreviewView of(TranscriptPreview p) {
      return new PreviewView(
          String.valueOf(p.file().getFileName()),
          p.name(),
          p.language(),
          p.format(),
          p.turns(),
          SpeakersView.of(p.speakers()));
    }
  }

  /** A row of a participants table: where it is, the document it names, label and attributes. */
  record RowView(String origin, String document, String label, Map<String, String> attributes) {
    static RowView of(ParticipantRow r) {
      return new RowView(r.origin(), r.document(), r.label(), r.attributes());
    }
  }

  record ParticipantPreviewView(
      List<RowView> matched,
      List<RowView> unmatched,
      List<String> undescribed,
      List<String> attributes,
      List<String> newAttributes) {
    static ParticipantPreviewView of(ParticipantPreview p) {
      return new ParticipantPreviewView(
          p.matched().stream().map(RowView::of).toList(),
          p.unmatched().stream().map(RowView::of).toList(),
          p.undescribed(),
          p.attributes(),
          p.newAttributes());
    }
  }
}
