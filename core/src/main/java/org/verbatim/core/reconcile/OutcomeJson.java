package org.verbatim.core.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Span;

/**
 * The stored JSON form of an {@link Outcome}: {@code {"type":"merge","code":7,"start":0,"end":9}}.
 */
final class OutcomeJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutcomeJson() {}

  static String write(Outcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", o.type().code());
    o.coder().ifPresent(c -> m.put("coder", c.value()));
    o.code().ifPresent(c -> m.put("code", c.value()));
    o.span()
        .ifPresent(
            s -> {
              m.put("start", s.start());
              m.put("end", s.end());
            });
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an outcome is always serialisable", e);
    }
  }

  static Outcome read(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      Outcome.Type type = Outcome.Type.valueOf(n.path("type").asText().toUpperCase(Locale.ROOT));
      return new Outcome(
          type,
          n.has("coder") ? Optional.of(new CoderId(n.get("coder").asLong())) : Optional.empty(),
          n.has("code") ? Optional.of(new CodeId(n.get("code").asLong())) : Optional.empty(),
          n.has("start")
              ? Optional.of(new Span(n.get("start").asInt(), n.get("end").asInt()))
              : Optional.empty());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("stored decision outcome is not valid: " + json, e);
    }
  }
}
