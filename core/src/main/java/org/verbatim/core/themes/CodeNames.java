package org.verbatim.core.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.InvalidInputException;

/** Finds codes by the names people type: a name, or a path {@code Parent > Child}. */
final class CodeNames {
  private CodeNames() {}

  static Code find(List<Code> codes, String name) {
    String key = name.strip();
    Map<CodeId, Code> byId = new HashMap<>();
    codes.forEach(c -> byId.put(c.id(), c));
    List<Code> matches =
        codes.stream().filter(c -> c.name().equals(key) || path(c, byId).equals(key)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw new InvalidInputException(
          "unknown code '"
              + key
              + "'"
              + (codes.isEmpty()
                  ? "; the codebook is empty"
                  : "; codes are "
                      + codes.stream()
                          .map(Code::name)
                          .distinct()
                          .sorted()
                          .collect(Collectors.joining(", "))));
    }
    throw new InvalidInputException(
        "more than one code is named '"
            + key
            + "'; give its path: "
            + matches.stream().map(c -> path(c, byId)).collect(Collectors.joining("; ")));
  }

  static String path(Code code, Map<CodeId, Code> byId) {
    StringBuilder sb = new StringBuilder(code.name());
    Optional<CodeId> at = code.parent();
    for (int guard = 0; at.isPresent() && byId.containsKey(at.get()) && guard < 1000; guard++) {
      Code p = byId.get(at.get());
      sb.insert(0, p.name() + ThemeTree.PATH_SEPARATOR);
      at = p.parent();
    }
    return sb.toString();
  }
}
