package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.verbatim.core.interchange.RefiProject.Case;
import org.verbatim.core.interchange.RefiProject.CodingRef;
import org.verbatim.core.interchange.RefiProject.Selection;
import org.verbatim.core.interchange.RefiProject.Text;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NewMemo;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.store.InterchangeStore.KeptUser;
import org.verbatim.core.store.ProjectStore;

/**
 * Stores a checked {@link RefiProject} in a project's store in one transaction: coders, codes,
 * documents, participants, codings, memos, themes and the GUIDs of all of them. Documents arrive
 * already prepared ({@link DocumentPreparer}); nothing here can half-succeed.
 */
final class ProjectWriter {
  private final ProjectStore store;
  private final String actor;
  private final String source;
  private final Map<String, DocumentSummary> stored = new LinkedHashMap<>();

  /** {@code source} names the package in the audit log (its file name). */
  ProjectWriter(ProjectStore store, String actor, String source) {
    this.store = store;
    this.actor = actor;
    this.source = source;
  }

  /** The documents {@link #write} stored, by source GUID, in the package's order. */
  Map<String, DocumentSummary> stored() {
    return stored;
  }

  /** Writes everything; {@code documents} are the prepared texts, by source GUID. */
  ImportReport write(
      RefiProject p,
      Map<String, DocumentContent> documents,
      List<String> notes,
      Map<String, Integer> skippedBefore,
      Consumer<String> progress) {
    Map<String, Integer> skipped = new TreeMap<>(p.skipped());
    skippedBefore.forEach((k, v) -> skipped.merge(k, v, Integer::sum));
    return store.atomically(
        () -> {
          CoderMapping coders = new CoderMapping(p, store, actor);
          CodeTreeWriter codes = new CodeTreeWriter(store, actor);
          codes.write(p.codes(), notes);
          progress.accept("created " + codes.created() + " codes");
          Map<String, DocumentSummary> docs = new LinkedHashMap<>();
          for (Text t : p.texts()) {
            DocumentContent content = documents.get(t.guid());
            if (content != null) {
              docs.put(t.guid(), store.documents().add(content, actor));
            }
          }
          progress.accept("stored " + docs.size() + " documents");
          Map<String, Long> participants = participants(p, docs, skipped);
          List<NewCoding> batch = new ArrayList<>();
          List<String> codingGuids = new ArrayList<>();
          List<String> selectionGuids = new ArrayList<>();
          for (Text t : p.texts()) {
            DocumentSummary doc = docs.get(t.guid());
            if (doc == null) {
              continue;
            }
            for (Selection s : t.selections()) {
              if (s.codings().isEmpty() && !s.description().isBlank()) {
                // a comment on a range with no code (MAXQDA): kept as a document memo
                store
                    .memos()
                    .create(
                        new NewMemo(
                            coders.fallback(),
                            Optional.of(doc.id()),
                            Optional.empty(),
                            Optional.empty(),
                            "«"
                                + s.span().of(content(documents, t).text())
                                + "»\n\n"
                                + s.description()),
                        actor);
              }
              for (CodingRef c : s.codings()) {
                batch.add(
                    new NewCoding(
                        doc.id(),
                        codes.id(c.code()),
                        coders.of(c.creatingUser().isEmpty() ? s.creatingUser() : c.creatingUser()),
                        s.span(),
                        s.description()));
                codingGuids.add(c.guid());
                selectionGuids.add(s.guid().orElse(""));
              }
            }
          }
          List<Coding> codings = store.codings().importAll(batch, actor, source);
          progress.accept("stored " + codings.size() + " codings");
          Map<String, CodingId> codingIds = new HashMap<>();
          Map<String, CodingId> selectionFirstCoding = new HashMap<>();
          Map<Long, String> codingGuidRows = new HashMap<>();
          Map<Long, String> selectionGuidRows = new HashMap<>();
          for (int i = 0; i < codings.size(); i++) {
            CodingId id = codings.get(i).id();
            codingIds.put(codingGuids.get(i), id);
            codingGuidRows.put(id.value(), codingGuids.get(i));
            String sel = selectionGuids.get(i);
            if (!sel.isEmpty() && selectionFirstCoding.putIfAbsent(sel, id) == null) {
              selectionGuidRows.put(id.value(), sel);
            }
          }
          Map<String, DocumentId> docIds = new HashMap<>();
          docs.forEach((g, d) -> docIds.put(g, d.id()));
          Map<String, DocumentId> selectionDocs = new HashMap<>();
          for (Text t : p.texts()) {
            DocumentId d = docIds.get(t.guid());
            if (d != null) {
              t.selections().forEach(s -> s.guid().ifPresent(g -> selectionDocs.put(g, d)));
            }
          }
          int memos =
              new NoteWriter(store, actor, coders)
                  .write(
                      p.notes(),
                      p.noteLinks(),
                      codes,
                      docIds,
                      codingIds,
                      selectionFirstCoding,
                      selectionDocs,
                      skipped);
          int themes = new ThemeSetWriter(store, actor).write(p.sets(), codes, skipped);
          var guids = store.interchange();
          guids.record(GuidKinds.CODE, codes.guidRows());
          Map<Long, String> docRows = new HashMap<>();
          docs.forEach((g, d) -> docRows.put(d.id().value(), g));
          guids.record(GuidKinds.DOCUMENT, docRows);
          guids.record(GuidKinds.CODING, codingGuidRows);
          guids.record(GuidKinds.SELECTION, selectionGuidRows);
          guids.record(GuidKinds.CODER, coders.guidRows());
          Map<Long, String> participantRows = new HashMap<>();
          participants.forEach((g, id) -> participantRows.put(id, g));
          guids.record(GuidKinds.PARTICIPANT, participantRows);
          List<KeptUser> kept = coders.kept();
          stored.putAll(docs);
          guids.keepUsers(kept);
          return new ImportReport(
              p.origin(),
              docs.size(),
              codes.created(),
              codings.size(),
              coders.created(),
              kept.size(),
              memos,
              participants.size(),
              themes,
              skipped,
              notes);
        });
  }

  private static DocumentContent content(Map<String, DocumentContent> documents, Text t) {
    return documents.get(t.guid());
  }

  /** Participants from cases (and from variables set on a source alone), by case GUID. */
  private Map<String, Long> participants(
      RefiProject p, Map<String, DocumentSummary> docs, Map<String, Integer> skipped) {
    Map<String, String> variableNames = new HashMap<>();
    p.variables().forEach(v -> variableNames.put(v.guid(), v.name()));
    Map<String, String> docOwner = new HashMap<>();
    Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    int n = 0;
    for (Case c : p.cases()) {
      n++;
      List<String> mine = c.sources().stream().filter(docs::containsKey).toList();
      if (mine.isEmpty()) {
        skipped.merge("cases without an imported text source", 1, Integer::sum);
        continue;
      }
      String label = c.name().isBlank() ? docs.get(mine.get(0)).name() : c.name();
      labels.put(c.guid(), unique(label.isBlank() ? "Case " + n : label, used));
      Map<String, String> attrs = new TreeMap<>();
      c.values().forEach(v -> attrs.put(variableNames.get(v.variableGuid()), v.text()));
      attributes.put(c.guid(), attrs);
      for (String s : mine) {
        if (docOwner.putIfAbsent(s, c.guid()) != null) {
          skipped.merge("further cases of an already linked source", 1, Integer::sum);
        }
      }
    }
    for (Text t : p.texts()) {
      if (!docs.containsKey(t.guid()) || t.values().isEmpty()) {
        continue;
      }
      String owner = docOwner.get(t.guid());
      if (owner == null) {
        owner = t.guid();
        labels.put(owner, unique(docs.get(t.guid()).name(), used));
        attributes.put(owner, new TreeMap<>());
        docOwner.put(t.guid(), owner);
      }
      Map<String, String> attrs = attributes.get(owner);
      t.values().forEach(v -> attrs.putIfAbsent(variableNames.get(v.variableGuid()), v.text()));
    }
    List<ParticipantRow> rows = new ArrayList<>();
    docOwner.forEach(
        (source, owner) ->
            rows.add(
                new ParticipantRow(
                    docs.get(source).name(),
                    labels.get(owner),
                    attributes.get(owner),
                    "case " + owner)));
    Map<String, Long> out = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return out;
    }
    Map<String, Long> byLabel = new HashMap<>();
    for (Participant part : store.participants().attach(rows, actor)) {
      byLabel.put(part.label(), part.id().value());
    }
    labels.forEach(
        (guid, label) -> {
          Long id = byLabel.get(label);
          if (id != null && p.cases().stream().anyMatch(c -> c.guid().equals(guid))) {
            out.put(guid, id);
          }
        });
    return out;
  }

  static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = name + " (" + i + ")";
    }
    return candidate;
  }
}
