package org.verbatim.core.words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.AnnotationService;
import org.verbatim.core.nlp.Token;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.store.DocumentStore;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.PassageQuery;
import org.verbatim.core.themes.PassageRetrieval;

/**
 * Word frequencies over a project's cached annotations: counts in a {@link WordScope}, distinctive
 * words of a code or theme by log-likelihood, and keyword-in-context lines of a word.
 *
 * <p>A word is an English token's lemma or a Chinese token's segmented word, lowercased ({@link
 * java.util.Locale#ROOT}); tokens without a letter (punctuation, numbers) and the language's stop
 * words are not counted. A token belongs to a passage when it starts inside it. Documents are
 * annotated (and cached) on first use, so the first count over new documents takes the NLP time.
 */
public final class WordService {
  /** Most words or lines one call returns. */
  public static final int MAX_LIMIT = 10_000;

  private final DocumentStore documents;
  private final AnnotationService annotations;
  private final EvidenceService evidence;
  private final StopWords stopWords;
  // documents never change once stored, so their spoken stretches are read once
  private final Map<DocumentId, int[]> spoken = new java.util.concurrent.ConcurrentHashMap<>();

  public WordService(
      DocumentStore documents,
      AnnotationService annotations,
      EvidenceService evidence,
      StopWords stopWords) {
    this.documents = documents;
    this.annotations = annotations;
    this.evidence = evidence;
    this.stopWords = stopWords;
  }

  /** The project's editable stop-word lists. */
  public StopWords stopWords() {
    return stopWords;
  }

  /**
   * The most frequent words of a scope, at most {@code limit}.
   *
   * @throws NotFoundException for an unknown document, code or theme
   * @throws InvalidInputException for a {@code where} attribute no participant has, or a limit
   *     outside 1..{@value #MAX_LIMIT}
   */
  public WordList frequencies(WordScope scope, int limit) {
    checkLimit(limit);
    Selection sel = select(scope);
    Map<String, long[]> counts = count(sel, true);
    long tokens = counts.values().stream().mapToLong(c -> c[0]).sum();
    List<WordCount> words =
        counts.entrySet().stream()
            .sorted(
                Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                    .thenComparing(Map.Entry::getKey))
            .limit(limit)
            .map(e -> new WordCount(e.getKey(), e.getValue()[0]))
            .toList();
    return new WordList(words, tokens, counts.size(), sel.documents().size());
  }

  /**
   * The words of a code's or theme's passages that are relatively more frequent there than in the
   * rest of the scope's documents (their text outside those passages), by log-likelihood G² (see
   * {@link LogLikelihood}), highest first, at most {@code limit}.
   *
   * @throws InvalidInputException if the scope names no code or theme, if the passages cover every
   *     counted word (nothing to compare with), or for a bad limit or attribute
   * @throws NotFoundException for an unknown document, code or theme
   */
  public DistinctiveWords distinctive(WordScope scope, int limit) {
    checkLimit(limit);
    if (!scope.passages()) {
      throw new InvalidInputException("distinctive words are those of a code or a theme; name one");
    }
    Selection sel = select(scope);
    // [0] inside the passages, [1] outside: one pass over each document's tokens
    Map<String, long[]> counts = count(sel, false);
    long c = counts.values().stream().mapToLong(x -> x[0]).sum();
    long d = counts.values().stream().mapToLong(x -> x[1]).sum();
    if (c == 0) {
      return new DistinctiveWords(List.of(), 0, d);
    }
    if (d == 0) {
      throw new InvalidInputException(
          "the passages hold every word of the documents in scope; there is nothing to compare"
              + " them with");
    }
    List<Keyness> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long a = e.getValue()[0];
      long b = e.getValue()[1];
      if (a > 0 && LogLikelihood.overused(a, b, c, d)) {
        out.add(new Keyness(e.getKey(), a, b, LogLikelihood.g2(a, b, c, d)));
      }
    }
    out.sort(
        Comparator.comparingDouble((Keyness k) -> -k.keyness())
            .thenComparingLong(k -> -k.count())
            .thenComparing(Keyness::word));
    return new DistinctiveWords(out.subList(0, Math.min(limit, out.size())), c, d);
  }

  /**
   * Keyword-in-context lines of a word in a scope, by document name and position, at most {@code
   * limit}; {@code word} is compared as counted (lemma or segmented word, lowercased), so "ran"
   * finds nothing where "run" finds "ran" and "runs". Context stays within the speaker turn.
   *
   * @throws InvalidInputException for an empty word or a bad limit or attribute
   * @throws NotFoundException for an unknown document, code or theme
   */
  public List<SearchHit> kwic(WordScope scope, String word, int limit) {
    checkLimit(limit);
    String wanted = StopWords.normal(word);
    if (wanted.isEmpty()) {
      throw new InvalidInputException("name the word to show in context");
    }
    Selection sel = select(scope);
    List<DocumentSummary> ordered = new ArrayList<>(sel.documents());
    ordered.sort(Comparator.comparing(DocumentSummary::name));
    List<SearchHit> out = new ArrayList<>();
    for (DocumentSummary s : ordered) {
      Optional<Regions> regions = sel.regions(s.id());
      if (sel.passages() && regions.isEmpty()) {
        continue;
      }
      Regions.@Nullable Cursor cursor = regions.map(Regions::cursor).orElse(null);
      @Nullable Document doc = null;
      int[] talk = spoken(s.id());
      for (Token t : annotations.tokens(s.id())) {
        if ((cursor == null || cursor.contains(t.start()))
            && said(talk, t.start())
            && wanted.equals(key(s.language(), t))) {
          if (doc == null) {
            doc = documents.get(s.id()).orElseThrow();
          }
          out.add(hit(doc, t));
          if (out.size() == limit) {
            return out;
          }
        }
      }
    }
    return out;
  }

  private static SearchHit hit(Document doc, Token t) {
    Span at = new Span(t.start(), t.end());
    Optional<Turn> turn =
        doc.turns().stream().filter(u -> u.span().contains(at.start())).findFirst();
    return SearchHit.inContext(
        doc.id(),
        doc.name(),
        doc.summary().participant().map(Participant::label),
        turn.flatMap(Turn::speaker),
        turn.map(Turn::index).orElse(0),
        doc.text(),
        turn.map(Turn::span).orElse(new Span(0, doc.text().length())),
        t.start(),
        t.end());
  }

  /**
   * Counts per word over the selection: with {@code insideOnly}, [0] counts words inside the
   * passages (or everywhere without passages); otherwise [0] inside and [1] outside.
   */
  private Map<String, long[]> count(Selection sel, boolean insideOnly) {
    Map<Language, Set<String>> stops = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      stops.put(l, stopWords.list(l));
    }
    return sel.documents().parallelStream()
        .filter(s -> !insideOnly || !sel.passages() || sel.regions(s.id()).isPresent())
        .map(s -> countOne(s, sel, stops.get(s.language()), insideOnly))
        .reduce(WordService::merge)
        .orElseGet(HashMap::new);
  }

  private Map<String, long[]> countOne(
      DocumentSummary s, Selection sel, Set<String> stops, boolean insideOnly) {
    Map<String, long[]> counts = new HashMap<>();
    Optional<Regions> regions = sel.regions(s.id());
    Regions.@Nullable Cursor cursor = regions.map(Regions::cursor).orElse(null);
    int[] talk = spoken(s.id());
    for (Token t : annotations.tokens(s.id())) {
      if (!said(talk, t.start())) {
        continue; // a speaker label or a heading, not what anyone said
      }
      boolean inside = !sel.passages() || (cursor != null && cursor.contains(t.start()));
      if (insideOnly && !inside) {
        continue;
      }
      String w = key(s.language(), t);
      if (w == null || stops.contains(w)) {
        continue;
      }
      counts.computeIfAbsent(w, k -> new long[2])[inside ? 0 : 1]++;
    }
    return counts;
  }

  /**
   * The spoken stretches of a document as start, end pairs in order: its turns' spans, which leave
   * out speaker labels ("Interviewer:"); empty for a document without turns, whose every word
   * counts.
   */
  private int[] spoken(DocumentId id) {
    return spoken.computeIfAbsent(
        id,
        k -> {
          List<Turn> turns = documents.get(k).map(Document::turns).orElse(List.of());
          int[] out = new int[turns.size() * 2];
          int i = 0;
          for (Turn t : turns) {
            out[i++] = t.span().start();
            out[i++] = t.span().end();
          }
          return out;
        });
  }

  /** Whether {@code at} lies in one of the spoken stretches (always, when there are none). */
  private static boolean said(int[] talk, int at) {
    if (talk.length == 0) {
      return true;
    }
    int lo = 0;
    int hi = talk.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (talk[2 * mid + 1] <= at) {
        lo = mid + 1;
      } else if (talk[2 * mid] > at) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Adds the smaller map into the larger; each map is a fresh per-document one, used once. */
  private static Map<String, long[]> merge(Map<String, long[]> a, Map<String, long[]> b) {
    Map<String, long[]> out = a.size() >= b.size() ? a : b;
    Map<String, long[]> small = out == a ? b : a;
    for (Map.Entry<String, long[]> e : small.entrySet()) {
      long[] into = out.computeIfAbsent(e.getKey(), k -> new long[2]);
      into[0] += e.getValue()[0];
      into[1] += e.getValue()[1];
    }
    return out;
  }

  /** The word a token counts as, or null when it has no letter. */
  static @Nullable String key(Language language, Token t) {
    String form = language == Language.ENGLISH ? t.lemma() : t.word();
    if (form.isEmpty() || form.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    return form.toLowerCase(java.util.Locale.ROOT);
  }

  private Selection select(WordScope scope) {
    List<DocumentSummary> all = documents.list();
    List<DocumentSummary> chosen = all;
    if (scope.document().isPresent()) {
      String name = scope.document().get();
      chosen = all.stream().filter(d -> d.name().equals(name)).toList();
      if (chosen.isEmpty()) {
        throw new NotFoundException("no document named '" + name + "'");
      }
    }
    if (!scope.where().isEmpty()) {
      checkAttributes(all, scope.where().keySet());
      chosen = chosen.stream().filter(d -> matches(d, scope.where())).toList();
    }
    if (!scope.passages()) {
      return new Selection(chosen, Optional.empty());
    }
    LayerSnapshot snapshot = evidence.snapshot(scope.layer());
    PassageQuery q =
        (scope.code().isPresent()
                ? PassageQuery.ofCode(scope.code().get())
                : PassageQuery.ofTheme(scope.theme().orElseThrow()))
            .where(scope.where());
    if (scope.document().isPresent()) {
      q = q.documents(Set.of(scope.document().get()));
    }
    Map<DocumentId, List<Span>> spans = new HashMap<>();
    for (CodedSpan k : PassageRetrieval.matching(snapshot, q)) {
      spans.computeIfAbsent(k.document(), x -> new ArrayList<>()).add(k.span());
    }
    Map<DocumentId, Regions> regions = new HashMap<>();
    spans.forEach((id, list) -> regions.put(id, Regions.of(list)));
    return new Selection(chosen, Optional.of(regions));
  }

  private static boolean matches(DocumentSummary d, Map<String, String> where) {
    Optional<Participant> p = d.participant();
    return p.isPresent()
        && where.entrySet().stream()
            .allMatch(e -> p.get().attribute(e.getKey()).map(e.getValue()::equals).orElse(false));
  }

  private static void checkAttributes(List<DocumentSummary> all, Set<String> names) {
    Set<String> known = new TreeSet<>();
    all.forEach(d -> d.participant().ifPresent(p -> known.addAll(p.attributes().keySet())));
    Set<String> unknown = new LinkedHashSet<>(names);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "no participant has the attribute '"
              + unknown.iterator().next()
              + "'; "
              + (known.isEmpty()
                  ? "participants have no attributes"
                  : "attributes are " + String.join(", ", known)));
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit must lie in 1.." + MAX_LIMIT + ", was " + limit);
    }
  }

  /** The documents in scope and, for a code or theme, the passages in each that has some. */
  private record Selection(
      List<DocumentSummary> documents, Optional<Map<DocumentId, Regions>> passageMap) {
    boolean passages() {
      return passageMap.isPresent();
    }

    Optional<Regions> regions(DocumentId id) {
      return passageMap.flatMap(m -> Optional.ofNullable(m.get(id)));
    }
  }
}
