package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.Theme;

/**
 * Builds {@link EvidenceMatrix}es: code or theme × participant, and code or theme × attribute
 * value. A theme row counts the codings of every code supporting it; participants are counted once
 * per cell.
 */
public final class EvidenceMatrices {
  private EvidenceMatrices() {}

  /** Rows for every theme node in tree order. */
  public static List<EvidenceMatrix.Row> themeRows(LayerSnapshot s) {
    return s.tree().nodes().stream()
        .map(
            t ->
                new EvidenceMatrix.Row(
                    EvidenceMatrix.Kind.THEME, t.id().value(), t.name(), s.tree().depth(t.id())))
        .toList();
  }

  /** Rows for every code in codebook order. */
  public static List<EvidenceMatrix.Row> codeRows(LayerSnapshot s) {
    return s.codes().stream()
        .map(c -> new EvidenceMatrix.Row(EvidenceMatrix.Kind.CODE, c.id().value(), c.name(), 0))
        .toList();
  }

  /** Columns are the project's participants (sorted labels). */
  public static EvidenceMatrix byParticipant(
      LayerSnapshot s, List<EvidenceMatrix.Row> rows, Measure measure) {
    List<String> columns = new ArrayList<>(s.participants());
    Map<String, Integer> index = indexOf(columns);
    List<Integer> totals = columns.stream().map(c -> 1).toList();
    return build(s, rows, measure, Optional.empty(), columns, totals, index::get);
  }

  /**
   * Columns are the values of {@code attribute} among participants (sorted), then {@link
   * EvidenceMatrix#NO_VALUE} if some lack it.
   *
   * @throws InvalidInputException if no participant has the attribute
   */
  public static EvidenceMatrix byAttribute(
      LayerSnapshot s, List<EvidenceMatrix.Row> rows, Measure measure, String attribute) {
    Set<String> values = new TreeSet<>();
    Set<String> known = new TreeSet<>();
    boolean missing = false;
    Map<String, String> valueOf = new LinkedHashMap<>();
    for (String label : s.participants()) {
      Optional<String> v = s.participantLabelled(label).flatMap(p -> p.attribute(attribute));
      s.participantLabelled(label)
          .map(Participant::attributes)
          .ifPresent(a -> known.addAll(a.keySet()));
      if (v.isPresent()) {
        values.add(v.get());
      } else {
        missing = true;
      }
      valueOf.put(label, v.orElse(EvidenceMatrix.NO_VALUE));
    }
    if (values.isEmpty()) {
      throw new InvalidInputException(
          "no participant has the attribute '"
              + attribute
              + "'; "
              + (known.isEmpty()
                  ? "participants have no attributes"
                  : "attributes are " + String.join(", ", known)));
    }
    List<String> columns = new ArrayList<>(values);
    if (missing) {
      columns.add(EvidenceMatrix.NO_VALUE);
    }
    Map<String, Integer> index = indexOf(columns);
    int[] totals = new int[columns.size()];
    valueOf.values().forEach(v -> totals[index.get(v)]++);
    List<Integer> totalList = new ArrayList<>();
    for (int t : totals) {
      totalList.add(t);
    }
    return build(
        s,
        rows,
        measure,
        Optional.of(attribute),
        columns,
        totalList,
        l -> index.get(valueOf.get(l)));
  }

  private static EvidenceMatrix build(
      LayerSnapshot s,
      List<EvidenceMatrix.Row> rows,
      Measure measure,
      Optional<String> attribute,
      List<String> columns,
      List<Integer> totals,
      java.util.function.Function<String, Integer> columnOfParticipant) {
    List<List<Integer>> cells = new ArrayList<>();
    List<Integer> rowTotals = new ArrayList<>();
    for (EvidenceMatrix.Row row : rows) {
      List<Set<String>> people = new ArrayList<>();
      int[] passages = new int[columns.size()];
      columns.forEach(c -> people.add(new HashSet<>()));
      Set<String> allPeople = new HashSet<>();
      int allPassages = 0;
      for (CodedSpan k : codings(s, row)) {
        String p = s.participantOf(k.document());
        int col = columnOfParticipant.apply(p);
        people.get(col).add(p);
        passages[col]++;
        allPeople.add(p);
        allPassages++;
      }
      List<Integer> line = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        line.add(measure == Measure.PARTICIPANTS ? people.get(c).size() : passages[c]);
      }
      cells.add(line);
      rowTotals.add(measure == Measure.PARTICIPANTS ? allPeople.size() : allPassages);
    }
    return new EvidenceMatrix(
        s.layer().label(), measure, attribute, rows, columns, totals, cells, rowTotals);
  }

  /** The codings a row counts. */
  static List<CodedSpan> codings(LayerSnapshot s, EvidenceMatrix.Row row) {
    Set<CodeId> codes =
        row.kind() == EvidenceMatrix.Kind.CODE
            ? Set.of(new CodeId(row.id()))
            : s.supportingCodes(new org.verbatim.core.model.ThemeId(row.id()));
    List<CodedSpan> out = new ArrayList<>();
    codes.forEach(c -> out.addAll(s.codingsOf(c)));
    return out;
  }

  private static Map<String, Integer> indexOf(List<String> columns) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
    }
    return index;
  }

  static String name(Code c) {
    return c.name();
  }

  static String name(Theme t) {
    return t.name();
  }
}
