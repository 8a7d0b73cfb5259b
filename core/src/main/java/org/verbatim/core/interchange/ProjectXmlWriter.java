package org.verbatim.core.interchange;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.verbatim.core.export.Redacted;
import org.verbatim.core.export.TextFilter;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Memo;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.VersionedMemo;
import org.verbatim.core.store.InterchangeStore.KeptUser;
import org.verbatim.core.store.ProjectStore;

/**
 * Writes a project as {@code project.qde}: coders (and kept users) as Users, the code tree as the
 * CodeBook, participants as Cases with Text Variables, documents as TextSources whose text is the
 * package file {@code internal://GUID.txt}, codings on the same range with the same memo as one
 * PlainTextSelection holding a Coding per coding (its coder as creating user, the memo as the
 * selection's Description), memos as Notes with NoteRefs where they are attached, themes as Sets of
 * codes. Positions are Unicode code points ({@link CodePointOffsets}).
 */
final class ProjectXmlWriter {
  static final String NAMESPACE = "urn:QDA-XML:project:1.0";

  private final ProjectStore store;
  private final ExportGuids guids;
  private final TextFilter text;
  private int codingsWritten;

  ProjectXmlWriter(ProjectStore store, ExportGuids guids) {
    this(store, guids, TextFilter.NONE);
  }

  /** Passes names, memos and document texts through {@code text}, positions following it. */
  ProjectXmlWriter(ProjectStore store, ExportGuids guids, TextFilter text) {
    this.store = store;
    this.guids = guids;
    this.text = text;
  }

  /** A document's text as the package holds it, with where each replacement went. */
  Redacted text(DocumentId id) {
    return text.redact(store.documents().get(id).orElseThrow().text());
  }

  /** How many codings the last {@link #write} wrote. */
  int codingsWritten() {
    return codingsWritten;
  }

  /** The GUID of a document, which also names its text file in {@code sources/}. */
  String documentGuid(DocumentId id) {
    return guids.of(GuidKinds.DOCUMENT, id.value());
  }

  void write(String projectName, OutputStream out) {
    List<Coder> coders = store.coders().list();
    Map<CoderId, String> userGuid = new HashMap<>();
    coders.forEach(c -> userGuid.put(c.id(), guids.of(GuidKinds.CODER, c.id().value())));
    List<VersionedMemo> memos = store.memos().list(MemoFilter.any());
    Map<Object, List<Memo>> attached = new HashMap<>();
    List<Memo> free = new ArrayList<>();
    for (VersionedMemo vm : memos) {
      Memo m = vm.memo();
      if (m.coding().isPresent()) {
        attached.computeIfAbsent(m.coding().get(), k -> new ArrayList<>()).add(m);
      } else if (m.document().isPresent()) {
        attached.computeIfAbsent(m.document().get(), k -> new ArrayList<>()).add(m);
      } else if (m.code().isPresent()) {
        attached.computeIfAbsent(m.code().get(), k -> new ArrayList<>()).add(m);
      } else {
        free.add(m);
      }
    }
    try (XmlOut x = new XmlOut(out, NAMESPACE, text)) {
      x.root("Project", "name", projectName, "origin", "Verbatim");
      List<KeptUser> kept = store.interchange().keptUsers();
      if (!coders.isEmpty() || !kept.isEmpty()) {
        x.open("Users");
        coders.forEach(c -> x.empty("User", "guid", userGuid.get(c.id()), "name", c.name()));
        kept.forEach(u -> x.empty("User", "guid", u.guid(), "name", u.name()));
        x.close("Users");
      }
      List<Code> codes = store.codes().list();
      if (!codes.isEmpty()) {
        x.open("CodeBook").open("Codes");
        new CodeTreeXml(codes, guids).write(x, c -> notes(x, attached.get(c.id())));
        x.close("Codes").close("CodeBook");
      }
      writeCases(x);
      writeSources(x, userGuid, attached);
      if (!memos.isEmpty()) {
        x.open("Notes");
        for (VersionedMemo vm : memos) {
          Memo m = vm.memo();
          x.open(
              "Note",
              "guid",
              guids.of(GuidKinds.MEMO, m.id().value()),
              "name",
              title(m.text()),
              "creatingUser",
              userGuid.get(m.author()),
              "creationDateTime",
              m.createdAt().toString());
          x.textElement("PlainTextContent", m.text());
          x.close("Note");
        }
        x.close("Notes");
      }
      new ThemeSetsXml(store, guids).write(x, "MemberCode", "targetGUID", true);
      notes(x, free);
      x.close("Project");
    }
  }

  private void notes(XmlOut x, List<Memo> memos) {
    if (memos != null) {
      memos.forEach(
          m -> x.empty("NoteRef", "targetGUID", guids.of(GuidKinds.MEMO, m.id().value())));
    }
  }

  private static String title(String text) {
    String first = text.strip().lines().findFirst().orElse("").strip();
    return first.length() <= 60 ? first : first.substring(0, 59) + "…";
  }

  private void writeCases(XmlOut x) {
    List<Participant> participants = store.participants().list();
    TreeSet<String> attributes = new TreeSet<>();
    participants.forEach(p -> attributes.addAll(p.attributes().keySet()));
    if (!attributes.isEmpty()) {
      x.open("Variables");
      for (String a : attributes) {
        x.empty(
            "Variable",
            "guid",
            guids.named(GuidKinds.VARIABLE, a),
            "name",
            a,
            "typeOfVariable",
            "Text");
      }
      x.close("Variables");
    }
    if (participants.isEmpty()) {
      return;
    }
    Map<Long, List<DocumentId>> docsOf = new HashMap<>();
    for (DocumentSummary d : store.documents().list()) {
      d.participant()
          .ifPresent(
              p -> docsOf.computeIfAbsent(p.id().value(), k -> new ArrayList<>()).add(d.id()));
    }
    x.open("Cases");
    for (Participant p : participants) {
      x.open("Case", "guid", guids.of(GuidKinds.PARTICIPANT, p.id().value()), "name", p.label());
      p.attributes()
          .forEach(
              (k, v) -> {
                x.open("VariableValue");
                x.empty("VariableRef", "targetGUID", guids.named(GuidKinds.VARIABLE, k));
                x.textElement("TextValue", v);
                x.close("VariableValue");
              });
      for (DocumentId d : docsOf.getOrDefault(p.id().value(), List.of())) {
        x.empty("SourceRef", "targetGUID", documentGuid(d));
      }
      x.close("Case");
    }
    x.close("Cases");
  }

  private void writeSources(
      XmlOut x, Map<CoderId, String> userGuid, Map<Object, List<Memo>> attached) {
    List<DocumentSummary> documents = store.documents().list();
    if (documents.isEmpty()) {
      return;
    }
    Map<DocumentId, List<Coding>> byDocument = new HashMap<>();
    for (Coding c : store.codings().all(Optional.empty())) {
      codingsWritten++;
      byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
    }
    Map<CodeId, String> codeGuid = new HashMap<>();
    x.open("Sources");
    for (DocumentSummary d : documents) {
      String g = documentGuid(d.id());
      x.open(
          "TextSource",
          "guid",
          g,
          "name",
          d.name(),
          "plainTextPath",
          "internal://" + g + ".txt",
          "creationDateTime",
          d.importedAt().toString());
      List<Coding> codings = byDocument.getOrDefault(d.id(), List.of());
      if (!codings.isEmpty()) {
        Redacted redacted = text(d.id());
        CodePointOffsets offsets = CodePointOffsets.of(redacted.text());
        Map<String, List<Coding>> selections = new LinkedHashMap<>();
        for (Coding c : codings) {
          selections
              .computeIfAbsent(
                  c.span().start() + ":" + c.span().end() + ":" + c.memo(), k -> new ArrayList<>())
              .add(c);
        }
        for (List<Coding> same : selections.values()) {
          Coding first = same.get(0);
          String selGuid =
              guids
                  .storedOnly(GuidKinds.SELECTION, first.id().value())
                  .orElseGet(() -> guids.of(GuidKinds.SELECTION, first.id().value()));
          x.open(
              "PlainTextSelection",
              "guid",
              selGuid,
              "startPosition",
              Integer.toString(offsets.toCodePoint(redacted.map(first.span().start(), false))),
              "endPosition",
              Integer.toString(offsets.toCodePoint(redacted.map(first.span().end(), true))),
              "creatingUser",
              userGuid.get(first.coder()),
              "creationDateTime",
              first.createdAt().toString());
          if (!first.memo().isEmpty()) {
            x.textElement("Description", first.memo());
          }
          for (Coding c : same) {
            x.open(
                "Coding",
                "guid",
                guids.of(GuidKinds.CODING, c.id().value()),
                "creatingUser",
                userGuid.get(c.coder()),
                "creationDateTime",
                c.createdAt().toString());
            x.empty(
                "CodeRef",
                "targetGUID",
                codeGuid.computeIfAbsent(c.code(), id -> guids.of(GuidKinds.CODE, id.value())));
            notes(x, attached.get(c.id()));
            x.close("Coding");
          }
          x.close("PlainTextSelection");
        }
      }
      notes(x, attached.get(d.id()));
      x.close("TextSource");
    }
    x.close("Sources");
  }
}
