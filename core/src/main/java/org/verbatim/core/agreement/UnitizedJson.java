package org.verbatim.core.agreement;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.model.InvalidInputException;

/**
 * Reads unitized reliability data: {@code {"length": L, "coders": {"NAME": [[start, end,
 * "category"], …], …}, "domains": {"NAME": ["category", …], …}}} with 0-based half-open positions;
 * {@code domains} is optional (without it all categories form one semantic domain).
 */
public final class UnitizedJson {
  private static final Set<String> KEYS = Set.of("length", "coders", "domains");
  // Duplicate keys would silently merge two coders' segments: refuse them.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private UnitizedJson() {}

  /**
   * Reads {@code file}.
   *
   * @throws InvalidInputException naming the file and the JSON path of the first problem
   */
  public static UnitizedStudy read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads JSON from {@code in}; {@code name} names the source in error messages. */
  public static UnitizedStudy read(InputStream in, String name) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new InvalidInputException(
          name + ": line " + line + ": not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(
          name + ": expected a JSON object with \"length\" and \"coders\"");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new InvalidInputException(
            name + ": unknown key \"" + key + "\"; valid keys are length, coders, domains");
      }
    }
    int length = position(root.get("length"), name, "length");
    if (length <= 0) {
      throw new InvalidInputException(name + ": length must be positive, not " + length);
    }
    JsonNode coders = root.get("coders");
    if (coders == null || !coders.isObject() || coders.isEmpty()) {
      throw new InvalidInputException(
          name + ": \"coders\" must be an object of coder names to segment lists");
    }
    Map<String, List<Segment>> segments = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = coders.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> coder = it.next();
      segments.put(coder.getKey(), segments(coder.getValue(), name, coder.getKey(), length));
    }
    try {
      JsonNode domains = root.get("domains");
      if (domains == null) {
        return UnitizedStudy.of(length, segments);
      }
      return UnitizedStudy.of(length, segments, domains(domains, name));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(name + ": " + e.getMessage(), e);
    }
  }

  private static List<Segment> segments(JsonNode list, String name, String coder, int length) {
    String where = "coders." + coder;
    if (!list.isArray()) {
      throw new InvalidInputException(name + ": " + where + " must be a list of segments");
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode s = list.get(i);
      String at = where + "[" + i + "]";
      if (!s.isArray() || s.size() != 3 || !s.get(2).isTextual()) {
        throw new InvalidInputException(
            name + ": " + at + " must be [start, end, \"category\"], not " + s);
      }
      int start = position(s.get(0), name, at + " start");
      int end = position(s.get(1), name, at + " end");
      String category = s.get(2).asText();
      if (end <= start) {
        throw new InvalidInputException(
            name + ": " + at + ": end " + end + " must be greater than start " + start);
      }
      if (end > length) {
        throw new InvalidInputException(
            name
                + ": "
                + at
                + ": segment ["
                + start
                + ", "
                + end
                + ") lies beyond the continuum"
                + " of length "
                + length);
      }
      if (category.isBlank()) {
        throw new InvalidInputException(name + ": " + at + ": the category is empty");
      }
      segments.add(new Segment(start, end, category));
    }
    return segments;
  }

  private static Map<String, List<String>> domains(JsonNode domains, String name) {
    if (!domains.isObject() || domains.isEmpty()) {
      throw new InvalidInputException(
          name + ": \"domains\" must be an object of domain names to category lists");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = domains.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> d = it.next();
      List<String> categories = new ArrayList<>();
      if (!d.getValue().isArray()) {
        throw new InvalidInputException(
            name + ": domains." + d.getKey() + " must be a list of categories");
      }
      for (JsonNode c : d.getValue()) {
        if (!c.isTextual() || c.asText().isBlank()) {
          throw new InvalidInputException(
              name + ": domains." + d.getKey() + " holds " + c + ", not a category name");
        }
        categories.add(c.asText());
      }
      out.put(d.getKey(), categories);
    }
    return out;
  }

  private static int position(JsonNode node, String name, String field) {
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
      throw new InvalidInputException(
          name + ": " + field + " must be a whole number from 0 to 2147483647, not " + node);
    }
    return node.asInt();
  }
}
