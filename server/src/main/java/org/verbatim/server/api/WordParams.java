package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.coding.CodebookService;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.Layer;
import org.verbatim.core.themes.ThemeService;
import org.verbatim.core.words.WordScope;

/**
 * The scope parameters of the word routes: {@code document} (a name), {@code code} or {@code theme}
 * (an id, not both), {@code where.<attribute>=<value>} and {@code layer} as on the evidence routes
 * ({@link EvidenceParams}). Each request's scope is also stated back, with the code's or theme's
 * name and, for passages, the layer's label.
 */
final class WordParams {
  private final CodebookService codebook;
  private final ThemeService themes;
  private final EvidenceService evidence;

  WordParams(CodebookService codebook, ThemeService themes, EvidenceService evidence) {
    this.codebook = codebook;
    this.themes = themes;
    this.evidence = evidence;
  }

  /** A scope and its statement ({@code document, code, theme, where, layer}) for the answer. */
  record Scoped(WordScope scope, Map<String, @Nullable Object> stated) {}

  /**
   * @throws ApiException 400 for both a code and a theme, or a malformed id
   * @throws NotFoundException 404 for an unknown code or theme, naming the parameter
   */
  Scoped read(Context ctx) {
    Optional<Long> code = QueryParams.optionalId(ctx, "code");
    Optional<Long> theme = QueryParams.optionalId(ctx, "theme");
    if (code.isPresent() && theme.isPresent()) {
      throw ApiException.badRequest(
          "give query parameter 'code' or 'theme', not both (the words of one code or one theme)");
    }
    Optional<Layer> layer = EvidenceParams.layer(ctx);
    Optional<String> document = EvidenceParams.text(ctx, "document");
    WordScope scope = WordScope.project().where(EvidenceParams.where(ctx)).in(layer);
    if (document.isPresent()) {
      scope = scope.inDocument(document.get());
    }
    Map<String, @Nullable Object> stated = new LinkedHashMap<>();
    stated.put("document", document.orElse(null));
    stated.put("code", null);
    stated.put("theme", null);
    if (code.isPresent()) {
      Code c = code(new CodeId(code.get()));
      scope = scope.ofCode(c.id());
      stated.put("code", named(c.id().value(), c.name()));
    } else if (theme.isPresent()) {
      Theme t = theme(new ThemeId(theme.get()));
      scope = scope.ofTheme(t.id());
      stated.put("theme", named(t.id().value(), t.name()));
    }
    stated.put("where", scope.where());
    // only passages depend on a layer; whole documents are counted the same in every layer
    String label = evidence.layer(layer).label(); // an unknown coder is a 400 either way
    stated.put("layer", scope.passages() ? label : null);
    return new Scoped(scope, stated);
  }

  /**
   * The {@code distinctive} flag ({@code true}/{@code false}, absent is false).
   *
   * @throws ApiException 400 for another value, or {@code true} without a code or theme
   */
  static boolean distinctive(Context ctx, Scoped s) {
    Optional<String> raw = EvidenceParams.text(ctx, "distinctive");
    boolean on =
        switch (raw.orElse("false").toLowerCase(Locale.ROOT)) {
          case "true" -> true;
          case "false" -> false;
          default ->
              throw ApiException.badRequest(
                  "query parameter 'distinctive' must be true or false, was '" + raw.get() + "'");
        };
    if (on && !s.scope().passages()) {
      throw ApiException.badRequest(
          "distinctive=true compares a code's or theme's passages with the rest; add query"
              + " parameter 'code' or 'theme'");
    }
    return on;
  }

  /** What was counted, as the lines above an exported table ("Scope: …", "Layer: …"). */
  static List<String> facts(Scoped s) {
    Map<String, @Nullable Object> st = s.stated();
    List<String> parts = new ArrayList<>();
    s.scope().code().ifPresent(c -> parts.add("passages of code " + name(st.get("code"))));
    s.scope().theme().ifPresent(t -> parts.add("passages of theme " + name(st.get("theme"))));
    s.scope().document().ifPresent(d -> parts.add("document " + d));
    s.scope().where().forEach((k, v) -> parts.add(k + " = " + v));
    List<String> facts = new ArrayList<>();
    facts.add("Scope: " + (parts.isEmpty() ? "the whole project" : String.join("; ", parts)));
    if (st.get("layer") != null) {
      facts.add("Layer: " + st.get("layer"));
    }
    return facts;
  }

  private static String name(@Nullable Object named) {
    return named instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : "";
  }

  private Code code(CodeId id) {
    return codebook.list().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("query parameter 'code': no code with id " + id.value()));
  }

  private Theme theme(ThemeId id) {
    return themes
        .tree()
        .get(id)
        .orElseThrow(
            () -> new NotFoundException("query parameter 'theme': no theme with id " + id.value()));
  }

  private static Map<String, Object> named(long id, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    return m;
  }
}
