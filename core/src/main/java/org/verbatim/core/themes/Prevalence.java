package org.verbatim.core.themes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;

/**
 * Prevalence: for each theme node (and each code), the participants of the layer whose passages
 * support it, out of all participants in the project. A node counts the passages of every code that
 * supports it ({@link LayerSnapshot#supportingCodes}); a passage coded with two of them counts once
 * per code.
 */
public final class Prevalence {
  private Prevalence() {}

  /** Support of every node, in tree order. */
  public static Map<ThemeId, Support> ofNodes(LayerSnapshot s) {
    Map<ThemeId, Support> out = new LinkedHashMap<>();
    for (Theme t : s.tree().nodes()) {
      out.put(t.id(), support(s, s.supportingCodes(t.id())));
    }
    return out;
  }

  /** Support of every code by its own codings (not its subcodes'), in codebook order. */
  public static Map<CodeId, Support> ofCodes(LayerSnapshot s) {
    Map<CodeId, Support> out = new LinkedHashMap<>();
    for (Code c : s.codes()) {
      out.put(c.id(), of(s, s.codingsOf(c.id())));
    }
    return out;
  }

  /** Support by the codings of any of {@code codes}. */
  public static Support support(LayerSnapshot s, Set<CodeId> codes) {
    return of(s, codes.stream().flatMap(c -> s.codingsOf(c).stream()).toList());
  }

  /** Support by these codings. */
  public static Support of(LayerSnapshot s, Collection<CodedSpan> codings) {
    Set<String> people = new TreeSet<>();
    Set<DocumentId> documents = new java.util.HashSet<>();
    for (CodedSpan k : codings) {
      people.add(s.participantOf(k.document()));
      documents.add(k.document());
    }
    return new Support(java.util.List.copyOf(people), s.of(), documents.size(), codings.size());
  }
}
