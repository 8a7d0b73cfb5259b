package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.Language;
import org.verbatim.core.words.DistinctiveWords;
import org.verbatim.core.words.StopWords;
import org.verbatim.core.words.WordJson;
import org.verbatim.core.words.WordList;
import org.verbatim.core.words.WordService;
import org.verbatim.server.api.Views.SearchHitView;

/**
 * Word frequencies through the same {@link WordService} as {@code verbatim words}: the words or the
 * distinctive words of a scope ({@link WordParams}), a word's keyword-in-context lines, and the
 * stop-word lists (everyone reads them, the owner edits them).
 */
final class WordsController {
  static final int DEFAULT_WORDS = 50;
  static final int DEFAULT_LINES = 100;

  private final WordService words;
  private final WordParams params;

  WordsController(WordService words, WordParams params) {
    this.words = words;
    this.params = params;
  }

  /** {@code {"language": "en", "add": [..], "remove": [..]}} or {@code {"language", "reset"}}. */
  record StopWordEdit(
      @Nullable String language,
      @Nullable List<String> add,
      @Nullable List<String> remove,
      @Nullable Boolean reset) {}

  void words(Context ctx) {
    int limit = QueryParams.intOr(ctx, "limit", DEFAULT_WORDS, 1, WordService.MAX_LIMIT);
    WordParams.Scoped s = params.read(ctx);
    boolean distinctive = WordParams.distinctive(ctx, s);
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("scope", s.stated());
    out.put("distinctive", distinctive);
    if (distinctive) {
      DistinctiveWords d = words.distinctive(s.scope(), limit);
      out.put("words", WordJson.rows(d));
      out.put("tokens", d.target());
      out.put("referenceTokens", d.reference());
    } else {
      WordList list = words.frequencies(s.scope(), limit);
      out.put("words", WordJson.rows(list));
      out.put("tokens", list.tokens());
      out.put("types", list.distinct());
      out.put("documents", list.documents());
    }
    ctx.json(out);
  }

  void kwic(Context ctx) {
    String word =
        EvidenceParams.text(ctx, "word")
            .orElseThrow(
                () -> ApiException.badRequest("query parameter 'word' is required (a word)"));
    int limit = QueryParams.intOr(ctx, "limit", DEFAULT_LINES, 1, WordService.MAX_LIMIT);
    WordParams.Scoped s = params.read(ctx);
    List<SearchHitView> hits =
        words.kwic(s.scope(), word, limit).stream().map(SearchHitView::of).toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scope", s.stated());
    out.put("word", word.strip().toLowerCase(Locale.ROOT));
    out.put("hits", hits);
    ctx.json(out);
  }

  void stopWords(Context ctx) {
    Language language =
        Language.parse(
            EvidenceParams.text(ctx, "language")
                .orElseThrow(
                    () ->
                        ApiException.badRequest(
                            "query parameter 'language' is required (en or zh)")));
    ctx.json(stopList(language, words.stopWords().list(language)));
  }

  void editStopWords(Context ctx) {
    StopWordEdit body = Bodies.read(ctx, StopWordEdit.class);
    Language language = Language.parse(Bodies.required(body.language(), "language"));
    String actor = AccessManager.principal(ctx).username();
    StopWords stops = words.stopWords();
    List<String> add = Optional.ofNullable(body.add()).orElse(List.of());
    List<String> remove = Optional.ofNullable(body.remove()).orElse(List.of());
    Set<String> now;
    if (Boolean.TRUE.equals(body.reset())) {
      if (!add.isEmpty() || !remove.isEmpty()) {
        throw ApiException.badRequest("send 'reset' alone, or 'add' and 'remove', not both");
      }
      now = stops.reset(language, actor);
    } else {
      if (add.isEmpty() && remove.isEmpty()) {
        throw ApiException.badRequest("field 'add' or 'remove' must list at least one word");
      }
      if (add.stream().anyMatch(w -> w == null) || remove.stream().anyMatch(w -> w == null)) {
        throw ApiException.badRequest("fields 'add' and 'remove' must list words, not null");
      }
      now = add.isEmpty() ? stops.list(language) : stops.add(language, add, actor);
      if (!remove.isEmpty()) {
        now = stops.remove(language, remove, actor);
      }
    }
    ctx.json(stopList(language, now));
  }

  private Map<String, Object> stopList(Language language, Set<String> list) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("language", language.code());
    out.put("edited", words.stopWords().edited(language));
    out.put("words", list);
    return out;
  }
}
