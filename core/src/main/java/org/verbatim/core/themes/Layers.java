package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.store.ProjectStore;

/** Resolves {@link Layer}s against a project's coders. */
public final class Layers {
  private Layers() {}

  /**
   * Resolves {@code chosen}, or without a choice the default: the consensus layer where it has live
   * codings, else all coders.
   *
   * @throws InvalidInputException naming an unknown coder (with the coders present), or when the
   *     consensus layer is chosen but reconciliation has not written it yet
   */
  public static ResolvedLayer resolve(ProjectStore store, Optional<Layer> chosen) {
    List<Coder> present = store.coders().list();
    Map<String, Coder> byName = new TreeMap<>();
    present.forEach(c -> byName.put(c.name(), c));
    Optional<Coder> consensus = Optional.ofNullable(byName.get(Coder.CONSENSUS));
    if (chosen.isEmpty()) {
      boolean hasConsensus = consensus.isPresent() && store.codings().hasLive(consensus.get().id());
      return hasConsensus
          ? new ResolvedLayer(Layer.consensus(), List.of(consensus.get()), true)
          : new ResolvedLayer(Layer.all(), others(present), true);
    }
    Layer layer = chosen.get();
    return switch (layer.kind()) {
      case CONSENSUS ->
          new ResolvedLayer(
              layer,
              List.of(
                  consensus.orElseThrow(
                      () ->
                          new InvalidInputException(
                              "this project has no consensus layer yet; reconcile first or"
                                  + " choose coders"))),
              false);
      case ALL -> new ResolvedLayer(layer, others(present), false);
      case CODERS -> {
        List<Coder> coders = new ArrayList<>();
        for (String name : layer.coders()) {
          Coder c = byName.get(name);
          if (c == null) {
            throw new InvalidInputException(
                "unknown coder '"
                    + name
                    + "'; "
                    + (present.isEmpty()
                        ? "this project has no coders yet"
                        : "coders in this project: "
                            + present.stream()
                                .map(Coder::name)
                                .sorted()
                                .collect(Collectors.joining(", "))));
          }
          coders.add(c);
        }
        yield new ResolvedLayer(layer, coders, false);
      }
    };
  }

  private static List<Coder> others(List<Coder> present) {
    return present.stream()
        .filter(c -> !c.name().equals(Coder.CONSENSUS))
        .sorted(java.util.Comparator.comparing(Coder::name))
        .toList();
  }
}
