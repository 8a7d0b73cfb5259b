package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Memo;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.store.ProjectStore;

/**
 * A project's content described without its local ids, so two projects can be compared: each list
 * sorted, each entry naming documents, codes (by path) and coders by name.
 */
record ProjectContent(
    Map<String, String> documents,
    List<String> codes,
    List<String> coders,
    List<String> codings,
    List<String> memos,
    List<String> participants,
    List<String> themes) {

  static ProjectContent of(ProjectStore store) {
    Map<DocumentId, String> docNames = new HashMap<>();
    Map<String, String> documents = new TreeMap<>();
    for (DocumentSummary d : store.documents().list()) {
      docNames.put(d.id(), d.name());
      documents.put(d.name(), store.documents().get(d.id()).orElseThrow().text());
    }
    Map<CodeId, Code> codesById = new HashMap<>();
    store.codes().list().forEach(c -> codesById.put(c.id(), c));
    List<String> codes = new ArrayList<>();
    for (Code c : codesById.values()) {
      codes.add(path(c.id(), codesById) + " | " + c.definition() + " | " + c.colour());
    }
    Map<CoderId, String> coderNames = new HashMap<>();
    List<String> coders = new ArrayList<>();
    for (Coder c : store.coders().list()) {
      coderNames.put(c.id(), c.name());
      coders.add(c.name());
    }
    Map<CodingId, String> codingKeys = new HashMap<>();
    List<String> codings = new ArrayList<>();
    for (Coding c : store.codings().all(Optional.empty())) {
      String text =
          documents.get(docNames.get(c.document())).substring(c.span().start(), c.span().end());
      String key =
          docNames.get(c.document())
              + " ["
              + c.span().start()
              + ","
              + c.span().end()
              + ") "
              + path(c.code(), codesById)
              + " by "
              + coderNames.get(c.coder())
              + " «"
              + text
              + "» memo="
              + c.memo();
      codingKeys.put(c.id(), key);
      codings.add(key);
    }
    List<String> memos = new ArrayList<>();
    for (var vm : store.memos().list(MemoFilter.any())) {
      Memo m = vm.memo();
      String on =
          m.coding()
              .map(id -> "coding " + codingKeys.get(id))
              .or(() -> m.document().map(d -> "document " + docNames.get(d)))
              .or(() -> m.code().map(c -> "code " + path(c, codesById)))
              .orElse("free");
      memos.add(coderNames.get(m.author()) + " on " + on + ": " + m.text());
    }
    List<String> participants = new ArrayList<>();
    Map<Long, List<String>> docsOf = new TreeMap<>();
    for (DocumentSummary d : store.documents().list()) {
      d.participant()
          .ifPresent(
              p -> docsOf.computeIfAbsent(p.id().value(), k -> new ArrayList<>()).add(d.name()));
    }
    store
        .participants()
        .list()
        .forEach(
            p ->
                participants.add(
                    p.label()
                        + " "
                        + p.attributes()
                        + " "
                        + docsOf.getOrDefault(p.id().value(), List.of()).stream()
                            .sorted()
                            .toList()));
    Map<ThemeId, Theme> themesById = new HashMap<>();
    store.themes().list().forEach(t -> themesById.put(t.id(), t));
    List<String> themes = new ArrayList<>();
    for (Theme t : themesById.values()) {
      List<String> linked = t.codes().stream().map(c -> path(c, codesById)).sorted().toList();
      themes.add(themePath(t, themesById) + " | " + t.definition() + " | " + linked);
    }
    return new ProjectContent(
        documents,
        sorted(codes),
        sorted(coders),
        sorted(codings),
        sorted(memos),
        sorted(participants),
        sorted(themes));
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }

  private static String path(CodeId id, Map<CodeId, Code> codes) {
    Code c = codes.get(id);
    return c.parent().map(p -> path(p, codes) + " / ").orElse("") + c.name();
  }

  private static String themePath(Theme t, Map<ThemeId, Theme> themes) {
    return t.parent().map(p -> themePath(themes.get(p), themes) + " > ").orElse("") + t.name();
  }
}
