package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;

/**
 * The saturation curve of a layer: interviews in import order or by a participant attribute
 * (numeric values compared as numbers, others as text; interviews without the value go last, by
 * name), the codes each adds, and the point after which {@code k} successive interviews add none.
 */
public final class Saturation {
  /** The default number of successive interviews that must add no new code. */
  public static final int DEFAULT_K = 3;

  private Saturation() {}

  /**
   * @param by the participant attribute to order by; empty for import order
   * @param k successive interviews without a new code that mark saturation (1 or more)
   * @throws InvalidInputException for k below 1, or an attribute no participant has
   */
  public static SaturationCurve of(LayerSnapshot s, Optional<String> by, int k) {
    if (k < 1) {
      throw new InvalidInputException("saturation needs k of 1 or more interviews, not " + k);
    }
    List<DocumentSummary> order = order(s, by);
    Set<CodeId> seen = new HashSet<>();
    List<SaturationCurve.Step> steps = new ArrayList<>();
    for (DocumentSummary d : order) {
      Set<String> added = new TreeSet<>();
      for (CodedSpan c : s.codingsIn(d.id())) {
        if (seen.add(c.code())) {
          added.add(s.code(c.code()).map(x -> x.name()).orElse("code " + c.code()));
        }
      }
      steps.add(
          new SaturationCurve.Step(
              steps.size() + 1,
              d.name(),
              s.participantOf(d.id()),
              List.copyOf(added),
              seen.size()));
    }
    Optional<Integer> point = Optional.empty();
    for (int i = 1; i + k <= steps.size() && point.isEmpty(); i++) {
      boolean quiet = true;
      for (int j = i; j < i + k; j++) {
        quiet &= steps.get(j).newCodes().isEmpty();
      }
      if (quiet) {
        point = Optional.of(i);
      }
    }
    String rule =
        "saturation is the first interview after which "
            + k
            + " successive interview"
            + (k == 1 ? "" : "s")
            + " add no new code";
    String orderText =
        by.map(a -> "by participant attribute '" + a + "'").orElse("in import order");
    return new SaturationCurve(s.layer().label(), orderText, k, steps, point, rule);
  }

  private static List<DocumentSummary> order(LayerSnapshot s, Optional<String> by) {
    List<DocumentSummary> docs = new ArrayList<>(s.documents());
    if (by.isEmpty()) {
      docs.sort(Comparator.comparingLong(d -> d.id().value()));
      return docs;
    }
    String attribute = by.get();
    boolean anyHas =
        docs.stream()
            .anyMatch(d -> d.participant().flatMap(p -> p.attribute(attribute)).isPresent());
    if (!anyHas) {
      throw new InvalidInputException("no participant has the attribute '" + attribute + "'");
    }
    boolean numeric =
        docs.stream()
            .map(d -> d.participant().flatMap(p -> p.attribute(attribute)))
            .flatMap(Optional::stream)
            .allMatch(v -> v.strip().matches("-?\\d+(\\.\\d+)?"));
    Comparator<DocumentSummary> byValue =
        Comparator.comparing((DocumentSummary d) -> value(d.participant(), attribute).isEmpty())
            .thenComparing(
                d -> value(d.participant(), attribute).orElse(""),
                numeric
                    ? Comparator.comparingDouble(
                        (String v) -> v.isEmpty() ? 0 : Double.parseDouble(v.strip()))
                    : Comparator.naturalOrder())
            .thenComparing(DocumentSummary::name);
    docs.sort(byValue);
    return docs;
  }

  private static Optional<String> value(Optional<Participant> p, String attribute) {
    return p.flatMap(x -> x.attribute(attribute));
  }
}
