package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.InvalidInputException;

/**
 * Which codings a view is computed over: one coder's, the union of several coders' (a passage
 * counts if any of them coded it), the reconciled consensus layer, or all coders (every coder but
 * consensus). Resolve it against a project with {@link Layers#resolve}; without a choice the
 * default is the consensus layer where it has codings, else all coders.
 *
 * @param kind what sort of layer
 * @param coders the coder names for {@link Kind#CODERS} (one or more, no repeats); empty otherwise
 */
public record Layer(Kind kind, List<String> coders) {
  /** The sorts of layer. */
  public enum Kind {
    /** Named coders; with one name, that coder's own layer. */
    CODERS,
    /** Every coder except the consensus layer. */
    ALL,
    /** The reconciled layer written by reconciliation. */
    CONSENSUS
  }

  /** Spelling of the all-coders layer in {@link #parse} and {@link #spec}. */
  public static final String ALL_SPEC = "all";

  /**
   * @throws InvalidInputException if {@link Kind#CODERS} names no coder or one twice, or another
   *     kind names coders
   */
  public Layer {
    Objects.requireNonNull(kind);
    coders = List.copyOf(coders);
    if (kind == Kind.CODERS && coders.isEmpty()) {
      throw new InvalidInputException("a coder layer needs at least one coder name");
    }
    if (kind != Kind.CODERS && !coders.isEmpty()) {
      throw new InvalidInputException("only a coder layer names coders");
    }
    if (new LinkedHashSet<>(coders).size() != coders.size()) {
      throw new InvalidInputException(
          "a coder is named twice in layer " + String.join(",", coders));
    }
  }

  public static Layer coder(String name) {
    return new Layer(Kind.CODERS, List.of(name));
  }

  public static Layer union(List<String> names) {
    return new Layer(Kind.CODERS, names);
  }

  public static Layer consensus() {
    return new Layer(Kind.CONSENSUS, List.of());
  }

  public static Layer all() {
    return new Layer(Kind.ALL, List.of());
  }

  /**
   * Reads a layer as written by people: {@code consensus}, {@code all}, a coder name, or coder
   * names separated by commas or {@code +} (their union).
   *
   * @throws InvalidInputException for a blank spec or an empty name in a list
   */
  public static Layer parse(String spec) {
    String s = spec.strip();
    if (s.isEmpty()) {
      throw new InvalidInputException(
          "a layer is 'consensus', 'all', a coder name or coder names joined by commas");
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals(Coder.CONSENSUS)) {
      return consensus();
    }
    if (lower.equals(ALL_SPEC)) {
      return all();
    }
    List<String> names = new ArrayList<>();
    for (String part : s.split("[,+]", -1)) {
      if (part.isBlank()) {
        throw new InvalidInputException("layer '" + spec + "' has an empty coder name");
      }
      names.add(part.strip());
    }
    return union(names);
  }

  /** The layer written as {@link #parse} reads it. */
  public String spec() {
    return switch (kind) {
      case CONSENSUS -> Coder.CONSENSUS;
      case ALL -> ALL_SPEC;
      case CODERS -> String.join(",", coders);
    };
  }
}
