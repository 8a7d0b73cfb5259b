package org.verbatim.core.reconcile;

import java.util.Locale;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;

/**
 * How a disagreement is settled: {@link Type#ACCEPT} one coder's side, {@link Type#MERGE} the
 * passages into their union span with one chosen code, {@link Type#DROP} it (nothing goes into the
 * consensus layer), or {@link Type#AGREEMENT} (an exact agreement accepted as it is). A recorded
 * merge also carries the span it wrote.
 */
public record Outcome(
    Type type, Optional<CoderId> coder, Optional<CodeId> code, Optional<Span> span) {
  /** The kinds of outcome. */
  public enum Type {
    ACCEPT,
    MERGE,
    DROP,
    AGREEMENT;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses "accept", "merge" or "drop" (any case); "agreement" is given only by accepting
     * agreements.
     *
     * @throws InvalidInputException naming the accepted values otherwise
     */
    public static Type parseChoice(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      for (Type type : new Type[] {ACCEPT, MERGE, DROP}) {
        if (type.code().equals(t)) {
          return type;
        }
      }
      throw new InvalidInputException(
          "unknown outcome '" + text + "'; use one of accept, merge, drop");
    }
  }

  public Outcome {
    if (coder.isPresent() != (type == Type.ACCEPT)) {
      throw new InvalidInputException(
          type == Type.ACCEPT
              ? "accepting needs the coder whose side is accepted"
              : "only 'accept' names a coder");
    }
    if (code.isPresent() != (type == Type.MERGE)) {
      throw new InvalidInputException(
          type == Type.MERGE
              ? "merging needs the code to give the merged span"
              : "only 'merge' names a code");
    }
    if (span.isPresent() && type != Type.MERGE) {
      throw new InvalidInputException("only 'merge' has a span");
    }
  }

  public static Outcome accept(CoderId coder) {
    return new Outcome(Type.ACCEPT, Optional.of(coder), Optional.empty(), Optional.empty());
  }

  public static Outcome merge(CodeId code) {
    return new Outcome(Type.MERGE, Optional.empty(), Optional.of(code), Optional.empty());
  }

  public static Outcome drop() {
    return new Outcome(Type.DROP, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Outcome agreement() {
    return new Outcome(Type.AGREEMENT, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This merge with the span it writes. */
  Outcome withSpan(Span merged) {
    return new Outcome(type, coder, code, Optional.of(merged));
  }
}
