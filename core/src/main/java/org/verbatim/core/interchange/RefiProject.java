package org.verbatim.core.interchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * A REFI-QDA project as read from a file, checked and ready to store: GUIDs normalised (lower case,
 * no braces), every text source's text normalised as Verbatim stores it and every selection already
 * converted to a UTF-16 range of that text.
 *
 * @param skipped what could not be carried over, by kind ("audio sources", "empty selections", …)
 * @param turns the speaker turns Verbatim carried for some text sources ({@link CarriedTurns}), by
 *     source GUID, as UTF-16 spans of the stored text; other sources' turns are found from the text
 */
record RefiProject(
    String name,
    String origin,
    Optional<String> creatingUser,
    List<User> users,
    List<CodeNode> codes,
    List<Variable> variables,
    List<Case> cases,
    List<Text> texts,
    List<Note> notes,
    List<NoteLink> noteLinks,
    List<RefiSet> sets,
    Map<String, Integer> skipped,
    Map<String, List<Turn>> turns) {

  record User(String guid, String name) {}

  record CodeNode(
      String guid,
      String name,
      String colour,
      String description,
      boolean codable,
      List<CodeNode> children) {}

  record Variable(String guid, String name) {}

  record Value(String variableGuid, String text) {}

  record Case(String guid, String name, List<Value> values, List<String> sources) {}

  /** A text source: its text as stored, the convention its positions were read in. */
  record Text(
      String guid,
      String name,
      String creatingUser,
      String text,
      PositionConvention convention,
      List<Selection> selections,
      List<Value> values) {}

  /**
   * A coded (or commented) range; a whole-source coding is a selection of the whole text with no
   * GUID of its own.
   */
  record Selection(
      Optional<String> guid,
      Span span,
      String description,
      String creatingUser,
      List<CodingRef> codings) {}

  record CodingRef(String guid, String code, String creatingUser) {}

  record Note(String guid, String name, String text, String creatingUser) {}

  /** What a note is attached to. */
  enum Target {
    PROJECT,
    CODE,
    SOURCE,
    SELECTION,
    CODING
  }

  record NoteLink(String note, Target target, String targetGuid) {}

  record RefiSet(
      String guid, String name, String description, List<String> codes, List<String> sources) {}

  /** This project with {@code turns} carried and {@code skipped} as what was not carried over. */
  RefiProject withTurns(Map<String, List<Turn>> turns, Map<String, Integer> skipped) {
    return new RefiProject(
        name,
        origin,
        creatingUser,
        users,
        codes,
        variables,
        cases,
        texts,
        notes,
        noteLinks,
        sets,
        skipped,
        Map.copyOf(turns));
  }

  int codeCount() {
    return count(codes);
  }

  private static int count(List<CodeNode> nodes) {
    int n = 0;
    for (CodeNode c : nodes) {
      n += 1 + count(c.children());
    }
    return n;
  }

  int codingCount() {
    return texts.stream()
        .flatMap(t -> t.selections().stream())
        .mapToInt(s -> s.codings().size())
        .sum();
  }
}
