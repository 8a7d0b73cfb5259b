package org.verbatim.core.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;

/**
 * Finds where coders disagree on one document, as a pure function of their live codings.
 *
 * <p>First, a code on a span that every chosen coder applied is an exact agreement. The remaining
 * codings are grouped: two codings of different coders that overlap belong to the same disagreement
 * (transitively); a coding that overlaps no other coder's stands alone. A group is {@link
 * DisagreementKind#ONLY_ONE_CODER} when the coders in it coded alike and some chosen coder is
 * absent, {@link DisagreementKind#DIFFERENT_CODES} when all its passages have the same boundaries,
 * else {@link DisagreementKind#DIFFERENT_BOUNDARIES}.
 */
public final class DisagreementFinder {
  private static final Comparator<Coding> BY_POSITION =
      Comparator.comparingInt((Coding k) -> k.span().start())
          .thenComparingInt(k -> k.span().end())
          .thenComparingLong(k -> k.id().value());

  private DisagreementFinder() {}

  /**
   * The disagreements and exact agreements among {@code coders} (at least two, distinct; their
   * order is the order of each disagreement's sides). Codings of other coders are ignored.
   *
   * @param text the document's stored text, for the passages' text
   * @throws InvalidInputException if fewer than two distinct coders are given
   */
  public static Findings find(String text, List<CoderId> coders, Collection<Coding> codings) {
    return find(span -> span.of(text), coders, codings);
  }

  /**
   * As {@link #find(String, List, Collection)}, with every passage's text left empty: for rules,
   * which look at codes and ranges only, over a whole study without reading its texts.
   */
  static Findings findWithoutText(List<CoderId> coders, Collection<Coding> codings) {
    return find(span -> "", coders, codings);
  }

  private static Findings find(
      Function<Span, String> text, List<CoderId> coders, Collection<Coding> codings) {
    if (coders.size() < 2 || new HashSet<>(coders).size() != coders.size()) {
      throw new InvalidInputException(
          "reconciliation needs at least two distinct coders, got " + coders);
    }
    Set<CoderId> chosen = Set.copyOf(coders);
    List<Coding> mine =
        codings.stream().filter(k -> chosen.contains(k.coder())).sorted(BY_POSITION).toList();

    Map<Placement, List<Coding>> byPlacement = new LinkedHashMap<>();
    for (Coding k : mine) {
      byPlacement.computeIfAbsent(new Placement(k.span(), k.code()), p -> new ArrayList<>()).add(k);
    }
    List<ExactAgreement> agreements = new ArrayList<>();
    Set<Coding> agreed = new HashSet<>();
    for (Map.Entry<Placement, List<Coding>> e : byPlacement.entrySet()) {
      Set<CoderId> who = new HashSet<>();
      e.getValue().forEach(k -> who.add(k.coder()));
      if (who.size() == chosen.size()) {
        List<Coding> ks = inCoderOrder(e.getValue(), coders);
        agreements.add(
            new ExactAgreement(
                key("agreement", coders, ks),
                e.getKey().code(),
                e.getKey().span(),
                text.apply(e.getKey().span()),
                ks));
        agreed.addAll(e.getValue());
      }
    }

    List<Coding> rest = mine.stream().filter(k -> !agreed.contains(k)).toList();
    List<Disagreement> disagreements = new ArrayList<>();
    for (List<Coding> group : groups(rest)) {
      disagreements.add(disagreement(text, coders, group));
    }
    disagreements.sort(
        Comparator.comparingInt((Disagreement d) -> d.span().start())
            .thenComparingInt(d -> d.span().end())
            .thenComparing(Disagreement::key));
    return new Findings(disagreements, agreements);
  }

  /** Connected groups of codings, joined where codings of different coders overlap. */
  private static List<List<Coding>> groups(List<Coding> sorted) {
    int n = sorted.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // sorted by start: only codings that start before i ends can overlap it
    for (int i = 0; i < n; i++) {
      Coding a = sorted.get(i);
      for (int j = i + 1; j < n && sorted.get(j).span().start() < a.span().end(); j++) {
        Coding b = sorted.get(j);
        if (!a.coder().equals(b.coder()) && a.span().overlaps(b.span())) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<Coding>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(sorted.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static Disagreement disagreement(
      Function<Span, String> text, List<CoderId> coders, List<Coding> group) {
    Map<CoderId, Set<Placement>> byCoder = new HashMap<>();
    for (Coding k : group) {
      byCoder
          .computeIfAbsent(k.coder(), c -> new HashSet<>())
          .add(new Placement(k.span(), k.code()));
    }
    Set<Span> spans =
        new TreeSet<>(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    group.forEach(k -> spans.add(k.span()));
    DisagreementKind kind;
    if (new HashSet<>(byCoder.values()).size() == 1) {
      kind = DisagreementKind.ONLY_ONE_CODER;
    } else if (spans.size() == 1) {
      kind = DisagreementKind.DIFFERENT_CODES;
    } else {
      kind = DisagreementKind.DIFFERENT_BOUNDARIES;
    }
    int start = group.stream().mapToInt(k -> k.span().start()).min().orElseThrow();
    int end = group.stream().mapToInt(k -> k.span().end()).max().orElseThrow();
    Span union = new Span(start, end);
    List<Side> sides = new ArrayList<>();
    for (CoderId coder : coders) {
      sides.add(
          new Side(
              coder,
              group.stream()
                  .filter(k -> k.coder().equals(coder))
                  .map(k -> new Passage(k, text.apply(k.span())))
                  .toList()));
    }
    return new Disagreement(
        key(kind.code(), coders, inCoderOrder(group, coders)),
        kind,
        union,
        text.apply(union),
        sides);
  }

  private static List<Coding> inCoderOrder(List<Coding> codings, List<CoderId> coders) {
    List<Coding> out = new ArrayList<>(codings);
    out.sort(
        Comparator.comparingInt((Coding k) -> coders.indexOf(k.coder()))
            .thenComparing(BY_POSITION));
    return out;
  }

  /**
   * A short stable key: a hash of the kind, the chosen coders and each involved coding's id, code
   * and range, so it stays the same until one of those changes (a memo edit does not change it).
   */
  static String key(String kind, List<CoderId> coders, List<Coding> codings) {
    StringBuilder b = new StringBuilder(kind).append('|');
    coders.stream().map(CoderId::value).sorted().forEach(c -> b.append(c).append(','));
    b.append('|');
    codings.stream()
        .sorted(Comparator.comparingLong(k -> k.id().value()))
        .forEach(
            k ->
                b.append(k.id().value())
                    .append(':')
                    .append(k.code().value())
                    .append('@')
                    .append(k.span().start())
                    .append('-')
                    .append(k.span().end())
                    .append(','));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private record Placement(Span span, CodeId code) {}
}
