package org.verbatim.core.project;

import java.util.Map;

/** What loading a study folder brought in. */
public record StudySummary(
    int documents, int participants, int codes, int themes, Map<String, Integer> codingsByCoder) {
  public StudySummary {
    codingsByCoder = Map.copyOf(codingsByCoder);
  }
}
