package org.verbatim.core.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.interchange.RefiProject.Text;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * Verbatim's own entry in a {@code .qdpx} package, {@value #ENTRY}: the speaker turns of the text
 * sources that have cue times (from VTT, SRT or time-stamped transcripts). REFI-QDA has no element
 * for the times of a text's turns and {@code Project.xsd} allows no extension elements or
 * attributes, so they travel beside {@code project.qde}, where other tools ignore them and the
 * project file stays valid. Positions are Unicode code points, 0-based, end exclusive, as in {@code
 * PlainTextSelection}.
 *
 * <pre>{"verbatim": "turns", "version": 1, "sources": {"GUID": [
 *   {"speaker": "Dan", "start": 5, "end": 42, "startMs": 1000, "endMs": 4500}, …]}}</pre>
 */
final class CarriedTurns {
  /** The entry's name in the package. */
  static final String ENTRY = "verbatim/turns.json";

  /** Turns whose positions do not fit their text: found from the text again, counted here. */
  static final String MISFIT = "carried turns not fitting their text (turns found again)";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CarriedTurns() {}

  /** Whether any of {@code turns} has a cue time (only such documents are carried). */
  static boolean timed(List<Turn> turns) {
    return turns.stream().anyMatch(t -> t.startMillis().isPresent() || t.endMillis().isPresent());
  }

  /** The entry's bytes for {@code turns} by document GUID, with UTF-16 spans of {@code texts}. */
  static byte[] write(Map<String, List<Turn>> turns, Map<String, String> texts) {
    ObjectNode root = JSON.createObjectNode();
    root.put("verbatim", "turns");
    root.put("version", 1);
    ObjectNode sources = root.putObject("sources");
    turns.forEach(
        (guid, list) -> {
          CodePointOffsets offsets = CodePointOffsets.of(texts.get(guid));
          ArrayNode array = sources.putArray(guid);
          for (Turn t : list) {
            ObjectNode o = array.addObject();
            t.speaker().ifPresentOrElse(s -> o.put("speaker", s), () -> o.putNull("speaker"));
            o.put("start", offsets.toCodePoint(t.span().start()));
            o.put("end", offsets.toCodePoint(t.span().end()));
            t.startMillis().ifPresent(ms -> o.put("startMs", ms));
            t.endMillis().ifPresent(ms -> o.put("endMs", ms));
          }
        });
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("turns are not serialisable", e);
    }
  }

  /**
   * The carried turns of {@code texts}, by source GUID, as UTF-16 spans of each stored text. A
   * source whose turns do not fit its text (out of range, overlapping, not in order) gets none and
   * is counted in {@code skipped} under {@link #MISFIT}; its turns are then found from the text.
   * The entry is Verbatim's extra, so an unreadable one is counted the same way, never a refusal.
   */
  static Map<String, List<Turn>> read(byte[] json, List<Text> texts, Map<String, Integer> skipped) {
    Map<String, List<Turn>> out = new HashMap<>();
    JsonNode sources;
    try {
      sources = JSON.readTree(json).path("sources");
    } catch (IOException e) {
      skipped.merge(MISFIT, 1, Integer::sum);
      return out;
    }
    if (!sources.isObject()) {
      return out;
    }
    Map<String, Text> byGuid = new HashMap<>();
    texts.forEach(t -> byGuid.put(t.guid(), t));
    sources
        .fields()
        .forEachRemaining(
            e -> {
              Optional<Text> text =
                  RefiGuid.normalise(e.getKey()).map(byGuid::get).filter(t -> t != null);
              if (text.isEmpty()) {
                return;
              }
              Optional<List<Turn>> turns = turns(e.getValue(), text.get().text());
              if (turns.isPresent()) {
                out.put(text.get().guid(), turns.get());
              } else {
                skipped.merge(MISFIT, 1, Integer::sum);
              }
            });
    return out;
  }

  private static Optional<List<Turn>> turns(JsonNode array, String text) {
    if (!array.isArray()) {
      return Optional.empty();
    }
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Turn> out = new ArrayList<>();
    int previousEnd = 0;
    for (JsonNode o : array) {
      JsonNode start = o.path("start");
      JsonNode end = o.path("end");
      if (!start.canConvertToInt() || !end.canConvertToInt()) {
        return Optional.empty();
      }
      int s = start.asInt();
      int e = end.asInt();
      if (s < 0 || e <= s || e > offsets.codePointLength()) {
        return Optional.empty();
      }
      Span span = new Span(offsets.toUnit(s), offsets.toUnit(e));
      if (span.start() < previousEnd) {
        return Optional.empty();
      }
      previousEnd = span.end();
      JsonNode speaker = o.path("speaker");
      out.add(
          new Turn(
              out.size(),
              speaker.isTextual() && !speaker.asText().isBlank()
                  ? Optional.of(speaker.asText())
                  : Optional.empty(),
              span,
              millis(o.path("startMs")),
              millis(o.path("endMs"))));
    }
    return Optional.of(out);
  }

  private static Optional<Long> millis(JsonNode n) {
    return n.canConvertToLong() && n.asLong() >= 0 ? Optional.of(n.asLong()) : Optional.empty();
  }
}
