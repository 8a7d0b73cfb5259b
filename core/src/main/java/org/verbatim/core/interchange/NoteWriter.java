package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.interchange.RefiProject.Note;
import org.verbatim.core.interchange.RefiProject.NoteLink;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.NewMemo;
import org.verbatim.core.store.ProjectStore;

/**
 * Notes as memos: one memo per NoteRef, attached to the project (a free memo), a code, a document,
 * a coding, or a selection's first coding (its document when it has none); a note nothing refers to
 * becomes a free memo. A note's name leads its text unless the text already starts with it.
 */
final class NoteWriter {
  private final ProjectStore store;
  private final String actor;
  private final CoderMapping coders;

  NoteWriter(ProjectStore store, String actor, CoderMapping coders) {
    this.store = store;
    this.actor = actor;
    this.coders = coders;
  }

  /** Writes the memos and returns how many; records each note's GUID on its first memo. */
  int write(
      List<Note> notes,
      List<NoteLink> links,
      CodeTreeWriter codes,
      Map<String, DocumentId> documents,
      Map<String, CodingId> codings,
      Map<String, CodingId> selectionCodings,
      Map<String, DocumentId> selectionDocuments,
      Map<String, Integer> skipped) {
    Map<String, Note> byGuid = new HashMap<>();
    notes.forEach(n -> byGuid.put(n.guid(), n));
    Set<String> linked = new HashSet<>();
    Map<Long, String> guidRows = new HashMap<>();
    int count = 0;
    List<NoteLink> all = new ArrayList<>(links);
    for (Note n : notes) {
      if (links.stream().noneMatch(l -> l.note().equals(n.guid()))) {
        all.add(new NoteLink(n.guid(), RefiProject.Target.PROJECT, ""));
      }
    }
    for (NoteLink l : all) {
      Note n = byGuid.get(l.note());
      String text = text(n);
      if (text.isBlank()) {
        skipped.merge("empty notes", 1, Integer::sum);
        continue;
      }
      Optional<DocumentId> doc = Optional.empty();
      Optional<CodeId> code = Optional.empty();
      Optional<CodingId> coding = Optional.empty();
      switch (l.target()) {
        case CODE -> code = codes.find(l.targetGuid());
        case SOURCE -> doc = Optional.ofNullable(documents.get(l.targetGuid()));
        case CODING -> coding = Optional.ofNullable(codings.get(l.targetGuid()));
        case SELECTION -> {
          coding = Optional.ofNullable(selectionCodings.get(l.targetGuid()));
          if (coding.isEmpty()) {
            doc = Optional.ofNullable(selectionDocuments.get(l.targetGuid()));
          }
        }
        case PROJECT -> {
          // a free memo
        }
      }
      long id =
          store
              .memos()
              .create(new NewMemo(coders.of(n.creatingUser()), doc, code, coding, text), actor)
              .memo()
              .id()
              .value();
      if (linked.add(n.guid())) {
        guidRows.put(id, n.guid());
      }
      count++;
    }
    store.interchange().record(GuidKinds.MEMO, guidRows);
    return count;
  }

  private static String text(Note n) {
    String body = n.text();
    if (n.name().isBlank() || body.strip().startsWith(n.name().strip())) {
      return body;
    }
    return body.isBlank() ? n.name() : n.name() + "\n\n" + body;
  }
}
