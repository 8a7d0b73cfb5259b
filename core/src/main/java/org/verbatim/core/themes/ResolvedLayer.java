package org.verbatim.core.themes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;

/**
 * A layer resolved against a project: the coders whose live codings it holds, whether it was chosen
 * or taken by default, and the label every view and output states ("consensus", "all coders (james,
 * mei)", "mei").
 */
public record ResolvedLayer(Layer layer, List<Coder> coders, boolean byDefault) {
  public ResolvedLayer {
    coders = List.copyOf(coders);
  }

  public Set<CoderId> coderIds() {
    return coders.stream().map(Coder::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The label a view shows and an output states. */
  public String label() {
    String names = coders.stream().map(Coder::name).collect(Collectors.joining(", "));
    String base =
        switch (layer.kind()) {
          case CONSENSUS -> "consensus";
          case ALL -> "all coders (" + names + ")";
          case CODERS -> coders.size() == 1 ? names : "union of " + names;
        };
    return byDefault ? base + " (default)" : base;
  }
}
