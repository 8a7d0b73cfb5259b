package org.verbatim.core.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A person interviewed, known by an attribution label ("Nurse K") and named attributes (discipline,
 * organisation type, age, years of experience, …).
 */
public record Participant(ParticipantId id, String label, Map<String, String> attributes) {
  public Participant {
    attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }
}
