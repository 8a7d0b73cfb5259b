package org.verbatim.core.themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.Turn;
import org.verbatim.core.store.sqlite.SqliteProjectStore;

/**
 * A small study built by hand in a real SQLite store, whose evidence the tests work out by hand.
 *
 * <p>Six interviews d1..d6, each two turns of two sentences ("Ann: s0 s1\nBob: s2 s3").
 * Participants A..F (d1..d6) with discipline nursing (A, B), social work (C), peer (D, E), none
 * (F), and "interviewed" 6, 5, 4, 3, 2, 10. Codes Hope, Family, Stigma, Work with subcode Pay.
 * Coder mei: d1 Hope s0, Family s0, Stigma s2; d2 Hope s1, Family s0; d3 Family s0, Stigma s0; d4
 * Pay s2; d5 Hope s0; d6 Hope s1. Coder james: d1 Hope s1; d5 Work s3. Themes: "Hope and family"
 * with subthemes "Hope" (Hope) and "Family" (Family, Hope); "Structural" (Stigma) with subtheme
 * "Work" (Work).
 */
final class HandStudy implements AutoCloseable {
  static final String TEXT = "Ann: Hope grows. Kin help.\nBob: Shame hurts. Pay matters.\n";

  final SqliteProjectStore store;
  final Actor owner = new Actor("owner", Role.OWNER, Optional.empty());
  final Actor mei;
  final ThemeService themes;
  final Map<String, DocumentId> docs = new HashMap<>();
  final Map<String, CodeId> codes = new HashMap<>();
  final CoderId meiId;
  final CoderId jamesId;
  Theme hopeAndFamily;
  Theme hope;
  Theme family;
  Theme structural;
  Theme work;

  HandStudy(Path dir) {
    store = SqliteProjectStore.open(dir.resolve("project.sqlite"));
    meiId = store.coders().ensure("mei", "test").id();
    jamesId = store.coders().ensure("james", "test").id();
    mei = new Actor("mei", Role.CODER, Optional.of(meiId));
    themes = new ThemeService(store.themes(), store.codes());
    String[] labels = {"A", "B", "C", "D", "E", "F"};
    String[] discipline = {"nursing", "nursing", "social work", "peer", "peer", null};
    String[] interviewed = {"6", "5", "4", "3", "2", "10"};
    List<ParticipantRow> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String name = "d" + (i + 1);
      // each document's text differs by a suffix so that no two have the same hash
      String text = TEXT + "#" + name;
      docs.put(
          name,
          store
              .documents()
              .add(
                  new DocumentContent(
                      name,
                      Language.ENGLISH,
                      SourceFormat.TXT,
                      text,
                      List.of(
                          Turn.untimed(0, Optional.of("Ann"), new Span(5, 26)),
                          Turn.untimed(1, Optional.of("Bob"), new Span(32, 57))),
                      List.of(
                          new Sentence(0, sentence(0)),
                          new Sentence(1, sentence(1)),
                          new Sentence(2, sentence(2)),
                          new Sentence(3, sentence(3)))),
                  "test")
              .id());
      Map<String, String> attributes = new HashMap<>();
      if (discipline[i] != null) {
        attributes.put("discipline", discipline[i]);
      }
      attributes.put("interviewed", interviewed[i]);
      rows.add(new ParticipantRow(name, labels[i], attributes, "test line " + i));
    }
    store.participants().attach(rows, "test");
    for (String c : List.of("Hope", "Family", "Stigma", "Work")) {
      codes.put(
          c, store.codes().create(new NewCode(Optional.empty(), c, "", "#336699"), "test").id());
    }
    codes.put(
        "Pay",
        store
            .codes()
            .create(new NewCode(Optional.of(codes.get("Work")), "Pay", "", "#336699"), "test")
            .id());
    code(meiId, "d1", "Hope", 0);
    code(meiId, "d1", "Family", 0);
    code(meiId, "d1", "Stigma", 2);
    code(meiId, "d2", "Hope", 1);
    code(meiId, "d2", "Family", 0);
    code(meiId, "d3", "Family", 0);
    code(meiId, "d3", "Stigma", 0);
    code(meiId, "d4", "Pay", 2);
    code(meiId, "d5", "Hope", 0);
    code(meiId, "d6", "Hope", 1);
    code(jamesId, "d1", "Hope", 1);
    code(jamesId, "d5", "Work", 3);
    hopeAndFamily = themes.create(owner, Optional.empty(), "Hope and family", "", List.of());
    hope =
        themes.create(
            owner, Optional.of(hopeAndFamily.id()), "Hope", "", List.of(codes.get("Hope")));
    family =
        themes.create(
            owner,
            Optional.of(hopeAndFamily.id()),
            "Family",
            "",
            List.of(codes.get("Family"), codes.get("Hope")));
    structural =
        themes.create(owner, Optional.empty(), "Structural", "", List.of(codes.get("Stigma")));
    work =
        themes.create(owner, Optional.of(structural.id()), "Work", "", List.of(codes.get("Work")));
  }

  /** Sentence spans: "Hope grows." "Kin help." / "Shame hurts." "Pay matters." */
  static Span sentence(int i) {
    String[] words = {"Hope grows.", "Kin help.", "Shame hurts.", "Pay matters."};
    int at = TEXT.indexOf(words[i]);
    return new Span(at, at + words[i].length());
  }

  private void code(CoderId coder, String doc, String code, int sentence) {
    store
        .codings()
        .addAll(
            List.of(
                new NewCoding(
                    docs.get(doc), codes.get(code), coder, sentence(sentence), "memo " + code)),
            "test");
  }

  EvidenceService evidence() {
    return new EvidenceService(store);
  }

  LayerSnapshot layer(String spec) {
    return evidence().snapshot(Optional.of(Layer.parse(spec)));
  }

  @Override
  public void close() {
    store.close();
  }
}
