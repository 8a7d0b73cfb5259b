package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.verbatim.core.ingest.SpeakerLabels;
import org.verbatim.core.interchange.RefiProject.Text;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.LanguageDetector;
import org.verbatim.core.nlp.SentenceSplitter;

/**
 * Makes stored documents of text sources before anything is written: speaker turns, language and
 * sentences (on several threads), names made unique, and a source whose text repeats an earlier one
 * left out (a project holds each text once), with its codings counted as skipped.
 */
final class DocumentPreparer {
  /** Prepared documents by source GUID, with what was renamed or left out. */
  record Prepared(
      Map<String, DocumentContent> documents, List<String> notes, Map<String, Integer> skipped) {}

  private final SentenceSplitter splitter;
  private final int threads;

  DocumentPreparer(SentenceSplitter splitter, int threads) {
    this.splitter = splitter;
    this.threads = Math.max(1, threads);
  }

  /**
   * Prepares {@code texts}; a source with {@code carried} turns keeps them, the others' turns are
   * found from the text.
   */
  Prepared prepare(List<Text> texts, Map<String, List<Turn>> carried, Consumer<String> progress) {
    List<String> notes = new ArrayList<>();
    Map<String, Integer> skipped = new HashMap<>();
    Map<String, String> firstByText = new HashMap<>();
    Set<String> names = new HashSet<>();
    List<Text> kept = new ArrayList<>();
    Map<String, String> nameOf = new HashMap<>();
    int n = 0;
    for (Text t : texts) {
      n++;
      String base = t.name().isBlank() ? "Source " + n : t.name();
      String earlier = firstByText.putIfAbsent(t.text(), base);
      if (earlier != null) {
        notes.add(
            "text source '" + base + "' repeats the text of '" + earlier + "' and was left out");
        skipped.merge("text sources repeating another's text", 1, Integer::sum);
        int codings = t.selections().stream().mapToInt(s -> s.codings().size()).sum();
        if (codings > 0) {
          skipped.merge("codings of left-out text sources", codings, Integer::sum);
        }
        continue;
      }
      String name = ProjectWriter.unique(base, names);
      if (!name.equals(base)) {
        notes.add("text source '" + base + "' renamed '" + name + "' (the name was taken)");
      }
      if (t.convention() != PositionConvention.CODE_POINTS && !t.selections().isEmpty()) {
        notes.add("'" + name + "': positions read as " + t.convention().description());
      }
      nameOf.put(t.guid(), name);
      kept.add(t);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<DocumentContent>> futures = new ArrayList<>();
      for (Text t : kept) {
        futures.add(
            pool.submit(() -> content(nameOf.get(t.guid()), t.text(), carried.get(t.guid()))));
      }
      Map<String, DocumentContent> out = new LinkedHashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        DocumentContent c = await(futures.get(i));
        out.put(kept.get(i).guid(), c);
        if ((i + 1) % 100 == 0 || i + 1 == kept.size()) {
          progress.accept("prepared " + (i + 1) + " of " + kept.size() + " documents");
        }
      }
      return new Prepared(out, notes, skipped);
    } finally {
      pool.shutdownNow();
    }
  }

  private DocumentContent content(
      String name, String text, @org.jspecify.annotations.Nullable List<Turn> carried) {
    List<Turn> turns =
        carried != null ? carried : SpeakerLabels.turns(text, SpeakerLabels.DEFAULT_PATTERN);
    Language language = new LanguageDetector().detect(text);
    return new DocumentContent(
        name, language, SourceFormat.QDPX, text, turns, splitter.split(text, turns, language));
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
  }
}
